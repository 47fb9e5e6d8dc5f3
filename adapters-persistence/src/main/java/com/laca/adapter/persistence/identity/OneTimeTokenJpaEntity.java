package com.laca.adapter.persistence.identity;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.application.identity.port.out.StoredOneTimeToken;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code one_time_tokens}: an invitation or reset token's hash and whether it has been used. */
@Entity
@Table(name = "one_time_tokens")
class OneTimeTokenJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;
    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected OneTimeTokenJpaEntity() {
    }

    OneTimeTokenJpaEntity(StoredOneTimeToken token) {
        id = token.id().toString();
        userId = token.userId().toString();
        tokenHash = token.tokenHash();
        expiresAt = Columns.timestamp(token.expiresAt());
        usedAt = Columns.timestamp(token.usedAt());
    }

    StoredOneTimeToken toDomain(TenantId tenant) {
        return new StoredOneTimeToken(UUID.fromString(id), tenant, UserId.parse(userId), tokenHash,
                Columns.instant(expiresAt), Columns.instant(usedAt));
    }

    void markUsed(Instant at) {
        usedAt = Columns.timestamp(at);
    }
}
