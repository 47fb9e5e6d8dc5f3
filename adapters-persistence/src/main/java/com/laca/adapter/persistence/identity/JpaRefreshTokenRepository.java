package com.laca.adapter.persistence.identity;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.identity.port.out.RefreshTokenRepository;
import com.laca.application.identity.port.out.StoredRefreshToken;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.shared.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores the current tenant's refresh-token hashes in {@code refresh_tokens}. */
public final class JpaRefreshTokenRepository extends JpaRepositorySupport implements RefreshTokenRepository {

    private static final String KIND = "refresh token";

    public JpaRefreshTokenRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void insert(StoredRefreshToken token) {
        requireCurrentTenant(token.tenantId());
        EntityManager em = tenantEm();
        em.persist(new RefreshTokenJpaEntity(token));
        flush(em, KIND, token.id(), "the refresh token already exists or its account does not");
    }

    @Override
    public Optional<StoredRefreshToken> findByHashForUpdate(String tokenHash) {
        return tenantEm().createQuery("select r from RefreshTokenJpaEntity r where r.tokenHash = :hash",
                        RefreshTokenJpaEntity.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().map(r -> r.toDomain(tenant()));
    }

    @Override
    public void markRotated(UUID tokenId, Instant at) {
        EntityManager em = tenantEm();
        RefreshTokenJpaEntity token = em.find(RefreshTokenJpaEntity.class, tokenId.toString());
        if (token == null) {
            throw new NotFoundException(KIND, tokenId);
        }
        token.markRotated(at);
        flush(em, KIND, tokenId, "the refresh token could not be marked rotated");
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        revoke(unrevoked(" and r.familyId = :family").setParameter("family", familyId.toString()), familyId, at);
    }

    @Override
    public void revokeAllOf(UserId account, Instant at) {
        revoke(unrevoked(" and r.userId = :user").setParameter("user", account.toString()), account, at);
    }

    @Override
    public void revokeAll(Instant at) {
        revoke(unrevoked(""), tenant(), at);
    }

    /**
     * The tenant's unrevoked tokens matching the condition; a query over the entities, so EclipseLink's multitenancy
     * (and PostgreSQL's row-level security) confine it to the transaction's tenant.
     */
    private TypedQuery<RefreshTokenJpaEntity> unrevoked(String andCondition) {
        return tenantEm().createQuery("select r from RefreshTokenJpaEntity r where r.revokedAt is null" + andCondition,
                RefreshTokenJpaEntity.class);
    }

    private void revoke(TypedQuery<RefreshTokenJpaEntity> tokens, Object which, Instant at) {
        tokens.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().forEach(token -> token.revoke(at));
        flush(tenantEm(), KIND, which, "the refresh tokens could not be revoked");
    }
}
