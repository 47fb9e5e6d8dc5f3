package com.laca.domain.records;

import java.util.Objects;
import java.util.UUID;

/** Identifies one clinical photo, typed so it cannot be confused with the stored document that holds its bytes. */
public record PhotoId(UUID value) {

    public PhotoId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static PhotoId random() {
        return new PhotoId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static PhotoId parse(String text) {
        return new PhotoId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
