package com.laca.domain.safety;

import java.util.Objects;
import java.util.UUID;

/** Identifies one screening by a UUID, typed so it cannot be confused with another kind of id. */
public record ScreeningId(UUID value) {

    public ScreeningId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static ScreeningId random() {
        return new ScreeningId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static ScreeningId parse(String text) {
        return new ScreeningId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
