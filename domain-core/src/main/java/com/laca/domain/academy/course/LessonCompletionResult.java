package com.laca.domain.academy.course;

import java.util.Objects;

/** The answer to recording a lesson as complete, sealed so a refused claim is handled rather than stored. */
public sealed interface LessonCompletionResult {

    /** Why a completion was refused. */
    enum Reason {
        /** Live sessions and practicals are recorded by staff. */
        STAFF_RECORDS_IT,
        /** A live session cannot be attended before it starts. */
        NOT_HELD_YET
    }

    /**
     * Recorded.
     *
     * @param completion the fact to save
     */
    record Recorded(LessonCompletion completion) implements LessonCompletionResult {

        public Recorded {
            Objects.requireNonNull(completion, "completion");
        }
    }

    /**
     * Refused; nothing to save.
     *
     * @param reason  a stable code
     * @param message why
     */
    record Refused(Reason reason, String message) implements LessonCompletionResult {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
