package com.laca.domain.academy;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one question across all its versions by a UUID, typed so it cannot be confused with another kind of id.
 */
public record QuestionId(UUID value) {

    public QuestionId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static QuestionId random() {
        return new QuestionId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static QuestionId parse(String text) {
        return new QuestionId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
