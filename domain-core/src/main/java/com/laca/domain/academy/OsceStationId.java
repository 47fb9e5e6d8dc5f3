package com.laca.domain.academy;

import java.util.Objects;
import java.util.UUID;

/** Identifies one OSCE station of a course by a UUID, typed so it cannot be confused with another kind of id. */
public record OsceStationId(UUID value) {

    public OsceStationId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static OsceStationId random() {
        return new OsceStationId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static OsceStationId parse(String text) {
        return new OsceStationId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
