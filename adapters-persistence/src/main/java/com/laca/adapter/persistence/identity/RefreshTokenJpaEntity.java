package com.laca.adapter.persistence.identity;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.application.identity.port.out.StoredRefreshToken;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code refresh_tokens}: only the token's hash, never the token. */
@Entity
@Table(name = "refresh_tokens")
class RefreshTokenJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "family_id")
    private String familyId;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;
    @Column(name = "session_expires_at")
    private OffsetDateTime sessionExpiresAt;
    @Column(name = "rotated_at")
    private OffsetDateTime rotatedAt;
    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected RefreshTokenJpaEntity() {
    }

    RefreshTokenJpaEntity(StoredRefreshToken token) {
        id = token.id().toString();
        userId = token.userId().toString();
        familyId = token.familyId().toString();
        tokenHash = token.tokenHash();
        issuedAt = Columns.timestamp(token.issuedAt());
        expiresAt = Columns.timestamp(token.expiresAt());
        sessionExpiresAt = Columns.timestamp(token.sessionExpiresAt());
        rotatedAt = Columns.timestamp(token.rotatedAt());
        revokedAt = Columns.timestamp(token.revokedAt());
    }

    StoredRefreshToken toDomain(TenantId tenant) {
        return new StoredRefreshToken(UUID.fromString(id), tenant, UserId.parse(userId), UUID.fromString(familyId),
                tokenHash, Columns.instant(issuedAt), Columns.instant(expiresAt), Columns.instant(sessionExpiresAt),
                Columns.instant(rotatedAt), Columns.instant(revokedAt));
    }

    void markRotated(Instant at) {
        rotatedAt = Columns.timestamp(at);
    }

    /** Revokes the token unless it already was, so the first revocation's moment is kept. */
    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = Columns.timestamp(at);
        }
    }
}
