package com.laca.domain.academy.assessment;

import java.util.Objects;

/**
 * The answer to a command on an attempt, sealed so a refusal (time up, stale submission) is handled rather than caught,
 * and a repeated finish is told apart from the first one.
 */
public sealed interface AttemptResult {

    /**
     * The command was carried out.
     *
     * @param attempt the attempt in its new state, to be saved
     */
    record Applied(Attempt attempt) implements AttemptResult {

        public Applied {
            Objects.requireNonNull(attempt, "attempt");
        }
    }

    /**
     * Finish was asked of an attempt already finished: nothing changed and nothing is graded again, so a double click,
     * a retried request or the closing job racing the learner all end with one grade.
     *
     * @param attempt the attempt as it was finished the first time
     */
    record AlreadyFinished(Attempt attempt) implements AttemptResult {

        public AlreadyFinished {
            Objects.requireNonNull(attempt, "attempt");
        }
    }

    /**
     * The command was refused; the attempt is unchanged.
     *
     * @param reason  a stable code
     * @param message what was refused and why
     */
    record Refused(AttemptRefusal reason, String message) implements AttemptResult {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
