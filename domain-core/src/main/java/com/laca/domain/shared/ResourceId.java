package com.laca.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies one Resource by a UUID, typed so it cannot be confused with another kind of id. */
public record ResourceId(UUID value) {

    public ResourceId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static ResourceId random() {
        return new ResourceId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static ResourceId parse(String text) {
        return new ResourceId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
