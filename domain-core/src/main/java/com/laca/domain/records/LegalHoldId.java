package com.laca.domain.records;

import java.util.Objects;
import java.util.UUID;

/** Identifies one legal hold, so it can be released on its own while other holds on the same record stay. */
public record LegalHoldId(UUID value) {

    public LegalHoldId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static LegalHoldId random() {
        return new LegalHoldId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static LegalHoldId parse(String text) {
        return new LegalHoldId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
