package com.laca.application.academy.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A clinic's credential-signing key as stored: the public half as a JWK and the private half only sealed (encrypted
 * by the signing adapter under a key-encryption key the database never sees), so a copy of the database signs nothing.
 *
 * @param keyId            the {@code kid} the clinic's signatures and published key set name
 * @param publicJwk        the public key as a JSON Web Key (JSON text)
 * @param sealedPrivateKey the private key, sealed by the signing adapter; opaque to everyone else
 */
public record IssuerKey(String keyId, String publicJwk, String sealedPrivateKey, Instant createdAt) {

    public IssuerKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicJwk, "publicJwk");
        Objects.requireNonNull(sealedPrivateKey, "sealedPrivateKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Names the key only, so a log line never carries even the sealed private half. */
    @Override
    public String toString() {
        return "IssuerKey[keyId=" + keyId + ", createdAt=" + createdAt + "]";
    }
}
