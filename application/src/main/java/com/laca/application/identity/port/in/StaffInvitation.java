package com.laca.application.identity.port.in;

import com.laca.domain.shared.UserId;
import java.time.Instant;

/**
 * A staff account waiting for its owner to set a password with the one-time token.
 *
 * @param token shown once; only its hash is stored
 */
public record StaffInvitation(UserId userId, String token, Instant expiresAt) {
}
