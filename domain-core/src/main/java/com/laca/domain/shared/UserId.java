package com.laca.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies one User by a UUID, typed so it cannot be confused with another kind of id. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static UserId parse(String text) {
        return new UserId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
