package com.laca.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies one Client by a UUID, typed so it cannot be confused with another kind of id. */
public record ClientId(UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static ClientId random() {
        return new ClientId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static ClientId parse(String text) {
        return new ClientId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
