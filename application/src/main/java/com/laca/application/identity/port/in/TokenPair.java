package com.laca.application.identity.port.in;

import java.time.Instant;

/**
 * What a successful sign-in or refresh hands back: a short-lived signed access token and a long-lived opaque refresh
 * token.
 */
public record TokenPair(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
                        Instant refreshTokenExpiresAt) {
}
