package com.laca.domain.academy.grading;

import com.laca.domain.academy.AttemptId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's result on an assessment across attempts, sealed so "not decided yet" (an essay waits for an
 * instructor) is never mistaken for a fail or for a score of 0.
 */
public sealed interface OverallGrade {

    /** Whether the learner has passed, for certain; false while undecided. */
    default boolean passed() {
        return this instanceof Decided decided && decided.passed();
    }

    /** The score that counts, if one exists already (possibly provisional while attempts await grading). */
    Optional<Score> score();

    /** No attempt has been finished. */
    record NotAttempted() implements OverallGrade {

        @Override
        public Optional<Score> score() {
            return Optional.empty();
        }
    }

    /**
     * The result depends on attempts an instructor has still to mark.
     *
     * @param awaiting the attempts that decide it
     * @param soFar    the score from the graded attempts alone, shown as provisional, if any
     */
    record Awaiting(List<AttemptId> awaiting, Optional<Score> soFar) implements OverallGrade {

        public Awaiting {
            awaiting = List.copyOf(awaiting);
            Objects.requireNonNull(soFar, "soFar");
        }

        @Override
        public Optional<Score> score() {
            return soFar;
        }
    }

    /**
     * Pass or fail is settled.
     *
     * @param value         the score that counts
     * @param passed        {@code value >= pass mark}
     * @param stillAwaiting attempts still to be marked that can only raise the score (highest-grade method), if any
     */
    record Decided(Score value, boolean passed, List<AttemptId> stillAwaiting) implements OverallGrade {

        public Decided {
            Objects.requireNonNull(value, "value");
            stillAwaiting = List.copyOf(stillAwaiting);
        }

        @Override
        public Optional<Score> score() {
            return Optional.of(value);
        }
    }
}
