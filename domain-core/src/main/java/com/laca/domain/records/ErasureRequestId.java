package com.laca.domain.records;

import java.util.Objects;
import java.util.UUID;

/** Identifies one erasure request, so each of its steps can be recorded against it as it is carried out. */
public record ErasureRequestId(UUID value) {

    public ErasureRequestId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static ErasureRequestId random() {
        return new ErasureRequestId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static ErasureRequestId parse(String text) {
        return new ErasureRequestId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
