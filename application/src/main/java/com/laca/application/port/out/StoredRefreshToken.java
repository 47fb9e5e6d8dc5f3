package com.laca.application.port.out;

import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * A refresh token as stored: its hash, the family it was rotated within, and whether it is spent.
 *
 * @param familyId   shared by every token rotated from one sign-in, so reuse of an old one can revoke them all
 * @param rotatedAt  when it was exchanged for a successor, or {@code null}
 * @param revokedAt  when it was revoked (logout, reuse), or {@code null}
 */
public record StoredRefreshToken(UUID id, TenantId tenantId, UserId userId, UUID familyId, String tokenHash,
                                 Instant issuedAt, Instant expiresAt, Instant rotatedAt, Instant revokedAt) {
}
