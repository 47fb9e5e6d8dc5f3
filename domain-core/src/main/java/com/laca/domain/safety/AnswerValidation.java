package com.laca.domain.safety;

import java.util.List;
import java.util.Objects;

/** The result of checking submitted answers, sealed so a caller cannot store answers that were refused. */
public sealed interface AnswerValidation {

    /** Every answer fits its question and every question asked was answered. */
    record Valid(Answers answers) implements AnswerValidation {

        public Valid {
            Objects.requireNonNull(answers, "answers");
        }
    }

    /** At least one answer was refused; nothing may be stored. */
    record Invalid(List<AnswerProblem> problems) implements AnswerValidation {

        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid submission names at least one problem");
            }
        }
    }
}
