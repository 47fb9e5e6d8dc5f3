package com.laca.domain.academy.assessment;

import com.laca.domain.academy.grading.OverallGrade;
import com.laca.domain.shared.UserId;
import java.util.Objects;

/**
 * A learner whose overall result a regrade changes, because that (not one attempt) decides course completion and
 * certificates.
 *
 * @param before the overall result now
 * @param after  the overall result after the regrade
 */
public record LearnerChange(UserId learner, OverallGrade before, OverallGrade after) {

    public LearnerChange {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Passed before, not (or not for certain) after: completion and certificate must be reviewed. */
    public boolean losesPass() {
        return before.passed() && !after.passed();
    }

    /** Not passed before, passed after: the learner may now complete the course. */
    public boolean gainsPass() {
        return !before.passed() && after.passed();
    }
}
