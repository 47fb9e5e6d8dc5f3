package com.laca.application.safety.port.out;

import com.laca.domain.safety.AuditEntry;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's append-only clinical audit log; there is deliberately no update or delete, and on PostgreSQL
 * the application role is granted neither.
 */
public interface AuditLogRepository {

    /**
     * The newest entry. Two transactions appending at once both chain to it; the sequence's primary key lets only
     * one of them commit, so the chain never forks.
     */
    Optional<AuditEntry> last();

    /**
     * Appends the entry.
     *
     * @throws com.laca.application.shared.ConflictException if its sequence is taken
     */
    void append(AuditEntry entry);

    /** Every entry in sequence order. */
    List<AuditEntry> all();
}
