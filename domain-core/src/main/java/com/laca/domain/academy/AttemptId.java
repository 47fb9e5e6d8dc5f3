package com.laca.domain.academy;

import java.util.Objects;
import java.util.UUID;

/** Identifies one attempt at an assessment by a UUID, typed so it cannot be confused with another kind of id. */
public record AttemptId(UUID value) {

    public AttemptId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static AttemptId random() {
        return new AttemptId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static AttemptId parse(String text) {
        return new AttemptId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
