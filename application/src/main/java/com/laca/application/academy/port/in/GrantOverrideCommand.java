package com.laca.application.academy.port.in;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.assessment.AttemptOverride;
import com.laca.domain.shared.UserId;
import java.util.Objects;

/**
 * One learner's whole adjustment to an assessment (it replaces the one before, so every part is stated), with the
 * reason kept beside it.
 */
public record GrantOverrideCommand(AssessmentId assessment, UserId learner, AttemptOverride override,
                                   String reason) {

    public GrantOverrideCommand {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(override, "override");
        Objects.requireNonNull(reason, "reason");
    }
}
