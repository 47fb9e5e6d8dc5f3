package com.laca.domain.consent;

import java.util.Objects;
import java.util.UUID;

/** Identifies one consent record by a UUID, typed so it cannot be confused with another kind of id. */
public record ConsentId(UUID value) {

    public ConsentId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static ConsentId random() {
        return new ConsentId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static ConsentId parse(String text) {
        return new ConsentId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
