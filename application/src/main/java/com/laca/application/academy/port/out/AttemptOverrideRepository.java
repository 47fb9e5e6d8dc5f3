package com.laca.application.academy.port.out;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.assessment.LearnerOverride;
import com.laca.domain.shared.UserId;
import java.util.List;
import java.util.Optional;

/** Stores the current tenant's per-learner overrides of assessments, one per learner and assessment. */
public interface AttemptOverrideRepository {

    /** Stores the learner's override of the assessment, replacing the one stored before. */
    void save(LearnerOverride override);

    Optional<LearnerOverride> find(AssessmentId assessment, UserId learner);

    /** Every learner's override of the assessment. */
    List<LearnerOverride> listFor(AssessmentId assessment);
}
