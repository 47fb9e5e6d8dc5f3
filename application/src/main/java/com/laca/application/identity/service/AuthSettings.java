package com.laca.application.identity.service;

import java.time.Duration;
import java.util.Objects;

/**
 * Lifetimes of the tokens the identity services hand out, from configuration.
 *
 * @param refreshTokenLifetime how long a refresh token works unused: a sign-in left idle this long ends
 * @param oneTimeTokenLifetime how long an invitation or reset token may be used
 * @param sessionLifetime      how long a sign-in lasts at most, however often its refresh token is rotated
 */
public record AuthSettings(Duration refreshTokenLifetime, Duration oneTimeTokenLifetime, Duration sessionLifetime) {

    /** A month: staff sign in again at least this often, so a stolen session cannot be kept alive for ever. */
    public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofDays(30);

    public AuthSettings {
        requirePositive(refreshTokenLifetime, "refreshTokenLifetime");
        requirePositive(oneTimeTokenLifetime, "oneTimeTokenLifetime");
        requirePositive(sessionLifetime, "sessionLifetime");
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
