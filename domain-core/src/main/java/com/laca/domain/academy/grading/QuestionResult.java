package com.laca.domain.academy.grading;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.question.QuestionKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question's part of an attempt's grade: marks earned (after the question floor), or none yet while an
 * instructor has still to mark it.
 *
 * @param key      the question version marked
 * @param maxMarks what it was worth
 * @param marks    what it earned, empty while awaiting an instructor
 * @param answered whether the learner answered it at all
 * @param feedback per-answer feedback (and the instructor's comment for an essay)
 */
public record QuestionResult(QuestionKey key, Fraction maxMarks, Optional<Fraction> marks, boolean answered,
                             List<String> feedback) {

    public QuestionResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(maxMarks, "maxMarks");
        Objects.requireNonNull(marks, "marks");
        feedback = List.copyOf(feedback);
    }

    /** Whether an instructor still has to mark it. */
    public boolean awaitingGrading() {
        return marks.isEmpty();
    }
}
