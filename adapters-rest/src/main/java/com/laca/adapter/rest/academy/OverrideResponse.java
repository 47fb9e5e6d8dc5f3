package com.laca.adapter.rest.academy;

import com.laca.domain.academy.assessment.LearnerOverride;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learner's override of an assessment, with who granted it, when and why. */
@Schema(name = "AttemptOverride")
public record OverrideResponse(String assessmentId, String learnerId, long extraMinutes, int extraAttempts,
                               long closeExtensionMinutes, String grantedBy, Instant grantedAt, String reason) {

    static OverrideResponse from(LearnerOverride granted) {
        return new OverrideResponse(granted.assessment().toString(), granted.learner().toString(),
                granted.override().extraTime().toMinutes(), granted.override().extraAttempts(),
                granted.override().closeExtension().toMinutes(), granted.grantedBy().toString(), granted.grantedAt(),
                granted.reason());
    }

    /** The assessment's overrides. */
    @Schema(name = "AttemptOverrideList")
    public record OverrideList(List<OverrideResponse> items) {
    }
}
