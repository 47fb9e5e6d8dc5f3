package com.laca.domain.academy.assessment;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an applied regrade changed, who applied it, when and why: the audit trail of every grade that changed after
 * it was first given.
 *
 * @param summary the plan's summary ({@link RegradePlan#summary()})
 * @param notes   one line per learner affected
 */
public record RegradeAudit(AssessmentId assessment, UserId appliedBy, Instant appliedAt, String reason, String summary,
                           List<String> notes) {

    public RegradeAudit {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(appliedBy, "appliedBy");
        Objects.requireNonNull(appliedAt, "appliedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(summary, "summary");
        notes = List.copyOf(notes);
    }
}
