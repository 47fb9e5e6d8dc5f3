package com.laca.domain.safety;

import java.util.Objects;
import java.util.UUID;

/** Identifies one ID check by a UUID, typed so it cannot be confused with another kind of id. */
public record IdCheckId(UUID value) {

    public IdCheckId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static IdCheckId random() {
        return new IdCheckId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static IdCheckId parse(String text) {
        return new IdCheckId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
