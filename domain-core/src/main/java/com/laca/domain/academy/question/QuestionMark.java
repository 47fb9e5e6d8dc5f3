package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one response was marked: a credit the machine could decide, or a response only an instructor can mark, so an
 * essay is never silently scored 0.
 */
public sealed interface QuestionMark {

    /**
     * Marked automatically.
     *
     * @param credit   the share of the question's marks earned, between -1 and 1
     * @param feedback the feedback belonging to the answer given, in the order the answer's parts were given
     */
    record Credited(Fraction credit, List<String> feedback) implements QuestionMark {

        public Credited {
            Objects.requireNonNull(credit, "credit");
            feedback = List.copyOf(feedback);
        }

        /** A credit with no feedback. */
        public static Credited of(Fraction credit) {
            return new Credited(credit, List.of());
        }

        /** A credit with the feedback of the answer given, if it has any. */
        public static Credited of(Fraction credit, Optional<String> feedback) {
            return new Credited(credit, feedback.map(List::of).orElse(List.of()));
        }
    }

    /** The response waits for an instructor's mark. */
    record NeedsGrading() implements QuestionMark {
    }
}
