package com.laca.domain.academy.grading;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.Texts;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An instructor's mark for an essay, with who gave it and when, because a grade a person decided must be traceable
 * to that person.
 *
 * @param marks   between 0 and the question's marks (checked against the question when recorded)
 * @param grader  the instructor
 * @param gradedAt when
 * @param comment feedback for the learner
 */
public record ManualGrade(Fraction marks, UserId grader, Instant gradedAt, Optional<String> comment) {

    public ManualGrade {
        Objects.requireNonNull(marks, "marks");
        Objects.requireNonNull(grader, "grader");
        Objects.requireNonNull(gradedAt, "gradedAt");
        if (marks.isNegative()) {
            throw new IllegalArgumentException("an essay cannot earn negative marks: " + marks);
        }
        comment = Texts.optional(comment, "grader comment", 5000);
    }
}
