package com.laca.application.service.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * Lifetimes of the tokens the identity services hand out, from configuration.
 *
 * @param refreshTokenLifetime how long a sign-in lasts without the password being asked again
 * @param oneTimeTokenLifetime how long an invitation or reset token may be used
 */
public record AuthSettings(Duration refreshTokenLifetime, Duration oneTimeTokenLifetime) {

    public AuthSettings {
        Objects.requireNonNull(refreshTokenLifetime, "refreshTokenLifetime");
        Objects.requireNonNull(oneTimeTokenLifetime, "oneTimeTokenLifetime");
    }
}
