package com.laca.application.records.port.out;

import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.shared.ClientId;
import java.util.Collection;
import java.util.List;

/**
 * The current tenant's access audit, append-only: written in the same transaction as the read it records, so no
 * clinical content is ever answered without its entry.
 */
public interface AccessAuditRepository {

    /** Appends an entry. */
    void append(AccessAuditEntry entry);

    /** The entries about one client, oldest first. */
    List<AccessAuditEntry> ofClient(ClientId client);

    /** Whether any entry is about one of these clients, asked without reading the entries. */
    boolean anyAbout(Collection<ClientId> clients);
}
