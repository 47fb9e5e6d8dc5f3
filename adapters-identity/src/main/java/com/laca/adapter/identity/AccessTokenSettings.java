package com.laca.adapter.identity;

import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.Objects;

/**
 * What the access-token issuer needs from configuration; issuer and audience must equal MicroProfile JWT's
 * {@code mp.jwt.verify.issuer} and {@code mp.jwt.verify.audiences}, or every token would be refused.
 *
 * @param lifetime   how long a token is accepted after it is issued; 15 minutes by default
 * @param signingKey the RSA private key (at least 2048 bits) whose public half MicroProfile JWT verifies with
 * @param keyId      the {@code kid} header, so keys can be rotated
 */
public record AccessTokenSettings(String issuer, String audience, Duration lifetime, RSAPrivateKey signingKey,
                                  String keyId) {

    /** Short enough that a stolen token soon stops working, long enough that clients rarely refresh. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);

    public AccessTokenSettings {
        requireText(issuer, "issuer");
        requireText(audience, "audience");
        requireText(keyId, "keyId");
        Objects.requireNonNull(signingKey, "signingKey");
        lifetime = lifetime == null ? DEFAULT_LIFETIME : lifetime;
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("access token lifetime must be between 1 second and 1 hour");
        }
        if (signingKey.getModulus().bitLength() < 2048) {
            throw new IllegalArgumentException("the signing key must have at least 2048 bits");
        }
    }

    /** Settings with the default 15-minute lifetime. */
    public AccessTokenSettings(String issuer, String audience, RSAPrivateKey signingKey, String keyId) {
        this(issuer, audience, DEFAULT_LIFETIME, signingKey, keyId);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    @Override
    public String toString() {
        return "AccessTokenSettings[issuer=" + issuer + ", audience=" + audience + ", lifetime=" + lifetime
                + ", keyId=" + keyId + ", signingKey=<hidden>]";
    }
}
