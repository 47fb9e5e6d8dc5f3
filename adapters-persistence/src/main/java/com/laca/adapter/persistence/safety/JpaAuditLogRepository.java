package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.safety.port.out.AuditLogRepository;
import com.laca.domain.safety.AuditEntry;
import com.laca.domain.safety.AuditEventType;
import java.time.Instant;
import java.util.Map;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Appends to and reads the current tenant's clinical audit log; it never updates or deletes a row. */
public final class JpaAuditLogRepository extends JpaRepositorySupport implements AuditLogRepository {

    public JpaAuditLogRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public Optional<AuditEntry> last() {
        return tenantEm().createQuery("select a from AuditEntryJpaEntity a order by a.sequence desc",
                        AuditEntryJpaEntity.class)
                .setMaxResults(1).getResultList().stream().findFirst().map(a -> a.toDomain(tenant()));
    }

    @Override
    public void append(AuditEntry entry) {
        requireCurrentTenant(entry.tenant());
        EntityManager em = tenantEm();
        em.persist(new AuditEntryJpaEntity(entry));
        flush(em, "audit entry", entry.sequence(), "another clinical event was recorded at the same moment; retry");
    }

    @Override
    public List<AuditEntry> all() {
        return tenantEm().createQuery("select a from AuditEntryJpaEntity a order by a.sequence",
                        AuditEntryJpaEntity.class)
                .getResultList().stream().map(this::readable).toList();
    }

    /**
     * The entry as stored or, when a row was altered so far that it no longer reads as an entry at all, a stand-in at
     * its sequence that cannot chain, so verification names it instead of failing.
     */
    private AuditEntry readable(AuditEntryJpaEntity row) {
        try {
            return row.toDomain(tenant());
        } catch (RuntimeException e) {
            String unreadable = "f".repeat(64);
            return new AuditEntry(row.sequence(), tenant(), Instant.EPOCH, AuditEventType.SAFETY_VERDICT,
                    "unreadable", "unreadable", Map.of(), unreadable, unreadable);
        }
    }
}
