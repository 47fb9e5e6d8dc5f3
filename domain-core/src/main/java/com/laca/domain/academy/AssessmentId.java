package com.laca.domain.academy;

import java.util.Objects;
import java.util.UUID;

/** Identifies one assessment (a quiz or an exam) by a UUID, typed so it cannot be confused with another kind of id. */
public record AssessmentId(UUID value) {

    public AssessmentId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static AssessmentId random() {
        return new AssessmentId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static AssessmentId parse(String text) {
        return new AssessmentId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
