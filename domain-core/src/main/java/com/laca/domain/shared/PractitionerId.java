package com.laca.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies one Practitioner by a UUID, typed so it cannot be confused with another kind of id. */
public record PractitionerId(UUID value) {

    public PractitionerId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static PractitionerId random() {
        return new PractitionerId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static PractitionerId parse(String text) {
        return new PractitionerId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
