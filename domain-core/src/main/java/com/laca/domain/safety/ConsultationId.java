package com.laca.domain.safety;

import java.util.Objects;
import java.util.UUID;

/** Identifies one prescriber consultation by a UUID, typed so it cannot be confused with another kind of id. */
public record ConsultationId(UUID value) {

    public ConsultationId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static ConsultationId random() {
        return new ConsultationId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static ConsultationId parse(String text) {
        return new ConsultationId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
