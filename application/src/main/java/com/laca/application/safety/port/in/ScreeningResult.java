package com.laca.application.safety.port.in;

import com.laca.domain.safety.AnswerProblem;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.safety.ScreeningOutcome;
import java.util.List;
import java.util.Objects;

/** The answer to submitted questionnaire answers, sealed so a refused submission cannot pass as stored. */
public sealed interface ScreeningResult {

    /**
     * Stored and evaluated.
     *
     * @param screening the stored screening
     * @param outcome   the rules' outcome for the treatment, with the rule-set version that made it
     */
    record Recorded(ScreeningId screening, ScreeningOutcome outcome) implements ScreeningResult {

        public Recorded {
            Objects.requireNonNull(screening, "screening");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * Refused; nothing was stored.
     *
     * @param problems one per wrong answer, naming the question, never the answer given
     */
    record Rejected(List<AnswerProblem> problems) implements ScreeningResult {

        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
