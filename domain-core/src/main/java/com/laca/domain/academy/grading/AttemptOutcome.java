package com.laca.domain.academy.grading;

import com.laca.domain.academy.AttemptId;
import java.util.Objects;

/**
 * One finished attempt as the grading method sees it: which one it was and its grade.
 *
 * @param attempt the attempt
 * @param number  1 for the learner's first attempt at the assessment, and so on
 * @param grade   graded, or awaiting an instructor
 */
public record AttemptOutcome(AttemptId attempt, int number, AttemptGrade grade) {

    public AttemptOutcome {
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(grade, "grade");
        if (number < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1: " + number);
        }
    }
}
