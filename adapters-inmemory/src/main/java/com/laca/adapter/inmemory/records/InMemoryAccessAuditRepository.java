package com.laca.adapter.inmemory.records;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AuditEntryId;
import com.laca.domain.shared.ClientId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Keeps the access audit in memory, append-only, as the database does. */
public final class InMemoryAccessAuditRepository implements AccessAuditRepository {

    private final TenantTable<AuditEntryId, AccessAuditEntry> table;

    public InMemoryAccessAuditRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public void append(AccessAuditEntry entry) {
        table.put(entry.id(), entry);
    }

    @Override
    public List<AccessAuditEntry> ofClient(ClientId client) {
        return table.values().filter(entry -> entry.client().equals(client))
                .sorted(Comparator.comparing(AccessAuditEntry::at).thenComparing(entry -> entry.id().toString()))
                .toList();
    }

    @Override
    public boolean anyAbout(Collection<ClientId> clients) {
        return table.values().anyMatch(entry -> clients.contains(entry.client()));
    }
}
