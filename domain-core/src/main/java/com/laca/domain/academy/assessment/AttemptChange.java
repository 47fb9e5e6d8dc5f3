package com.laca.domain.academy.assessment;

import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.grading.AttemptGrade;
import com.laca.domain.academy.grading.Score;
import com.laca.domain.shared.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt whose grade a regrade changes: the line of the dry-run diff an instructor reviews before applying it.
 *
 * @param before the grade now
 * @param after  the grade after the regrade
 */
public record AttemptChange(AttemptId attempt, UserId learner, int number, AttemptGrade before, AttemptGrade after) {

    public AttemptChange {
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public Optional<Score> scoreBefore() {
        return score(before);
    }

    public Optional<Score> scoreAfter() {
        return score(after);
    }

    /** Whether the attempt passes after the regrade but did not before, or the other way round. */
    public boolean passChanged() {
        return passed(before) != passed(after);
    }

    /** Whether the shown score, the pass or the grading state differs. */
    static boolean differs(AttemptGrade before, AttemptGrade after) {
        return before.getClass() != after.getClass() || !score(before).equals(score(after))
                || passed(before) != passed(after);
    }

    private static Optional<Score> score(AttemptGrade grade) {
        return grade instanceof AttemptGrade.Graded graded ? Optional.of(graded.score()) : Optional.empty();
    }

    private static boolean passed(AttemptGrade grade) {
        return grade instanceof AttemptGrade.Graded graded && graded.passed();
    }
}
