package com.laca.domain.academy;

import java.util.Objects;
import java.util.UUID;

/** Identifies one issued certificate by a UUID, typed so it cannot be confused with another kind of id. */
public record CertificateId(UUID value) {

    public CertificateId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static CertificateId random() {
        return new CertificateId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static CertificateId parse(String text) {
        return new CertificateId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
