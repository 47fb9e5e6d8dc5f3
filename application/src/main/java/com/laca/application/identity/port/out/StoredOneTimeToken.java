package com.laca.application.identity.port.out;

import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation or password-reset token as stored: only its hash, its account and whether it has been used.
 *
 * @param usedAt when it set a password, or {@code null}
 */
public record StoredOneTimeToken(UUID id, TenantId tenantId, UserId userId, String tokenHash, Instant expiresAt,
                                 Instant usedAt) {
}
