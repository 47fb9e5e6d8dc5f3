package com.laca.domain.academy.access;

import java.util.List;
import java.util.Objects;

/**
 * A prerequisite the learner does not meet, with a reason they can act on; "one of" and "all of" groups nest, so
 * the learner sees every way in.
 *
 * @param code         a stable code
 * @param reason       what is missing, in words
 * @param alternatives for {@code ONE_OF}, the ways any one of which would do; for {@code ALL_OF}, what is missing in
 *                     that group; empty otherwise
 */
public record UnmetCondition(Code code, String reason, List<UnmetCondition> alternatives) {

    /** The kinds of unmet condition. */
    public enum Code {
        /** Another course must be completed first. */
        COURSE_NOT_COMPLETED,
        /** A registration with one of the named bodies must be verified by an administrator. */
        REGISTRATION_NOT_VERIFIED,
        /** The course opens later. */
        NOT_YET_OPEN,
        /** The course is no longer open to new learners. */
        NO_LONGER_OPEN,
        /** A score in another assessment is missing or too low. */
        GRADE_TOO_LOW,
        /** None of several alternatives is met. */
        ONE_OF,
        /** Several conditions in a group are not met. */
        ALL_OF
    }

    public UnmetCondition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        alternatives = List.copyOf(alternatives);
    }

    /** A single condition, not a group. */
    public static UnmetCondition of(Code code, String reason) {
        return new UnmetCondition(code, reason, List.of());
    }
}
