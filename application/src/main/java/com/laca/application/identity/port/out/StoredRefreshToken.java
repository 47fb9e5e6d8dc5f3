package com.laca.application.identity.port.out;

import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * A refresh token as stored: its hash, the family it was rotated within, and whether it is spent.
 *
 * @param familyId         shared by every token rotated from one sign-in, so reuse of an old one can revoke them all
 * @param expiresAt        when this token stops working if it is not used (the session's idle time-out)
 * @param sessionExpiresAt when the sign-in it belongs to ends, however often it is rotated (the absolute lifetime)
 * @param rotatedAt        when it was exchanged for a successor, or {@code null}
 * @param revokedAt        when it was revoked (logout, reuse, password reset, suspension), or {@code null}
 */
public record StoredRefreshToken(UUID id, TenantId tenantId, UserId userId, UUID familyId, String tokenHash,
                                 Instant issuedAt, Instant expiresAt, Instant sessionExpiresAt, Instant rotatedAt,
                                 Instant revokedAt) {

    /** Whether the token may be exchanged at {@code now}: neither revoked nor past either of its ends. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && now.isBefore(sessionExpiresAt);
    }
}
