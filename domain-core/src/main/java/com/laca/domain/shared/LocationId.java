package com.laca.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies one Location by a UUID, typed so it cannot be confused with another kind of id. */
public record LocationId(UUID value) {

    public LocationId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static LocationId random() {
        return new LocationId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static LocationId parse(String text) {
        return new LocationId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
