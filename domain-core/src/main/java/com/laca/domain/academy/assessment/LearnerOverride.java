package com.laca.domain.academy.assessment;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.Texts;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One learner's adjustment to one assessment with who granted it, when and why, because extra attempts or time change
 * what a grade means and must be accountable.
 *
 * @param reason why, e.g. "Dyslexia: 25 % extra time" or "Resit agreed after illness"
 */
public record LearnerOverride(AssessmentId assessment, UserId learner, AttemptOverride override, UserId grantedBy,
                              Instant grantedAt, String reason) {

    public LearnerOverride {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(override, "override");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(grantedAt, "grantedAt");
        reason = Texts.required(reason, "reason", 1000);
    }
}
