package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.shared.ClientId;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/** The access audit in {@code access_audit}: inserted in the reading transaction, never updated or deleted. */
public final class JpaAccessAuditRepository extends JpaRepositorySupport implements AccessAuditRepository {

    public JpaAccessAuditRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void append(AccessAuditEntry entry) {
        EntityManager em = tenantEm();
        em.persist(new AccessAuditJpaEntity(entry));
        flush(em, "access audit entry", entry.id(), "the audit entry names a client that does not exist");
    }

    @Override
    public List<AccessAuditEntry> ofClient(ClientId client) {
        return tenantEm().createQuery("select a from AccessAuditJpaEntity a where a.clientId = :client"
                        + " order by a.accessedAt, a.id", AccessAuditJpaEntity.class)
                .setParameter("client", client.toString())
                .getResultList().stream().map(AccessAuditJpaEntity::toDomain).toList();
    }

    /** One id at most is read: enough to know an entry exists. */
    @Override
    public boolean anyAbout(Collection<ClientId> clients) {
        return !clients.isEmpty() && !tenantEm().createQuery("select a.id from AccessAuditJpaEntity a"
                        + " where a.clientId in :clients", String.class)
                .setParameter("clients", clients.stream().map(ClientId::toString).distinct().toList())
                .setMaxResults(1).getResultList().isEmpty();
    }
}
