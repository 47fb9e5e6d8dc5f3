package com.laca.adapter.persistence.identity;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.identity.port.out.OneTimeTokenRepository;
import com.laca.application.identity.port.out.StoredOneTimeToken;
import com.laca.application.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores the current tenant's invitation and reset-token hashes in {@code one_time_tokens}. */
public final class JpaOneTimeTokenRepository extends JpaRepositorySupport implements OneTimeTokenRepository {

    private static final String KIND = "one-time token";

    public JpaOneTimeTokenRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void insert(StoredOneTimeToken token) {
        requireCurrentTenant(token.tenantId());
        EntityManager em = tenantEm();
        em.persist(new OneTimeTokenJpaEntity(token));
        flush(em, KIND, token.id(), "the one-time token already exists or its account does not");
    }

    @Override
    public Optional<StoredOneTimeToken> findByHashForUpdate(String tokenHash) {
        return tenantEm().createQuery("select t from OneTimeTokenJpaEntity t where t.tokenHash = :hash",
                        OneTimeTokenJpaEntity.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().map(t -> t.toDomain(tenant()));
    }

    @Override
    public void markUsed(UUID tokenId, Instant at) {
        EntityManager em = tenantEm();
        OneTimeTokenJpaEntity token = em.find(OneTimeTokenJpaEntity.class, tokenId.toString());
        if (token == null) {
            throw new NotFoundException(KIND, tokenId);
        }
        token.markUsed(at);
        flush(em, KIND, tokenId, "the one-time token could not be marked used");
    }
}
