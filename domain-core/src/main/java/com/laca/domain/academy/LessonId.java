package com.laca.domain.academy;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one lesson by a UUID, typed so it cannot be confused with another kind of id; kept across course versions
 * so a learner's completion carries over.
 */
public record LessonId(UUID value) {

    public LessonId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static LessonId random() {
        return new LessonId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static LessonId parse(String text) {
        return new LessonId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
