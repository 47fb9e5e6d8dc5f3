package com.laca.domain.academy;

import java.util.Objects;
import java.util.UUID;

/** Identifies one module of a course by a UUID, typed so it cannot be confused with another kind of id. */
public record ModuleId(UUID value) {

    public ModuleId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static ModuleId random() {
        return new ModuleId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static ModuleId parse(String text) {
        return new ModuleId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
