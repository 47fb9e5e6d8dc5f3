package com.laca.domain.academy;

import java.util.Objects;
import java.util.UUID;

/** Identifies one course (all its versions) by a UUID, typed so it cannot be confused with another kind of id. */
public record CourseId(UUID value) {

    public CourseId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static CourseId random() {
        return new CourseId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static CourseId parse(String text) {
        return new CourseId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
