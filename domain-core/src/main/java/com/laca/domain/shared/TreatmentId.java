package com.laca.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies one Treatment by a UUID, typed so it cannot be confused with another kind of id. */
public record TreatmentId(UUID value) {

    public TreatmentId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static TreatmentId random() {
        return new TreatmentId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static TreatmentId parse(String text) {
        return new TreatmentId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
