package com.laca.application.academy.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.assessment.LearnerOverride;
import java.util.List;

/**
 * Lets instructors (ASSESSMENTS_GRADE) give one learner extra attempts, extra time or a later close on an
 * assessment; the override applies to attempts started after it (an attempt's deadline is fixed when it starts).
 */
public interface OverrideAttemptsUseCase {

    /** Grants (or replaces) a learner's override; the learner must be enrolled on the assessment's course. */
    LearnerOverride grantOverride(Caller caller, GrantOverrideCommand command);

    List<LearnerOverride> overrides(Caller caller, AssessmentId assessment);
}
