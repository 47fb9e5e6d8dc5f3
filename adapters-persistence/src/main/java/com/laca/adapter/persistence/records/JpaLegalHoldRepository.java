package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.records.port.out.LegalHoldRepository;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.records.LegalHold;
import com.laca.domain.shared.ClientId;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Legal holds in {@code client_legal_holds}: placed, then released, never deleted (released holds stay on record). */
public final class JpaLegalHoldRepository extends JpaRepositorySupport implements LegalHoldRepository {

    public JpaLegalHoldRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void place(ClientId client, LegalHold hold) {
        EntityManager em = tenantEm();
        em.persist(new LegalHoldJpaEntity(client, hold));
        flush(em, "legal hold", hold.id(), "this legal hold is already stored");
    }

    @Override
    public void release(LegalHold hold) {
        LegalHold.Release release = hold.released()
                .orElseThrow(() -> new IllegalArgumentException("the hold is not released"));
        EntityManager em = tenantEm();
        LegalHoldJpaEntity row = em.find(LegalHoldJpaEntity.class, hold.id().toString());
        if (row == null) {
            throw new NotFoundException("legal hold", hold.id());
        }
        row.release(release);
        flush(em, "legal hold", hold.id(), "the hold could not be released");
    }

    @Override
    public List<LegalHold> of(ClientId client) {
        return tenantEm().createQuery("select h from LegalHoldJpaEntity h where h.clientId = :client"
                        + " order by h.placedAt, h.id", LegalHoldJpaEntity.class)
                .setParameter("client", client.toString()).getResultList().stream()
                .map(LegalHoldJpaEntity::toDomain).toList();
    }
}
