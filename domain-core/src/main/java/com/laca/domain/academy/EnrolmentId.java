package com.laca.domain.academy;

import java.util.Objects;
import java.util.UUID;

/** Identifies one learner's enrolment on a course by a UUID, typed so it cannot be confused with another kind of id. */
public record EnrolmentId(UUID value) {

    public EnrolmentId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static EnrolmentId random() {
        return new EnrolmentId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static EnrolmentId parse(String text) {
        return new EnrolmentId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
