package com.laca.domain.academy.assessment;

import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.QuestionId;
import java.util.Objects;

/** A place on an assessment's paper: one set question, or questions drawn at random from a bank. */
public sealed interface QuestionSlot {

    /**
     * The current version of one question, on every learner's paper.
     *
     * @param question the question
     */
    record Fixed(QuestionId question) implements QuestionSlot {

        public Fixed {
            Objects.requireNonNull(question, "question");
        }
    }

    /**
     * {@code count} questions drawn at random from a bank, preferring ones the learner has not seen before.
     *
     * @param bank  the bank
     * @param count at least 1
     */
    record FromBank(QuestionBankId bank, int count) implements QuestionSlot {

        public FromBank {
            Objects.requireNonNull(bank, "bank");
            if (count < 1) {
                throw new IllegalArgumentException("a bank slot draws at least one question");
            }
        }
    }
}
