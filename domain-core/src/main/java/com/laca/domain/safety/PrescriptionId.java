package com.laca.domain.safety;

import java.util.Objects;
import java.util.UUID;

/** Identifies one prescription by a UUID, typed so it cannot be confused with another kind of id. */
public record PrescriptionId(UUID value) {

    public PrescriptionId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static PrescriptionId random() {
        return new PrescriptionId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static PrescriptionId parse(String text) {
        return new PrescriptionId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
