package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.academy.port.in.GrantOverrideCommand;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.assessment.AttemptOverride;
import com.laca.domain.shared.UserId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One learner's whole adjustment to an assessment: every part is stated (0 for none), since a grant replaces the one
 * before and an absent field must never silently reset one.
 */
@Schema(name = "OverrideRequest", requiredProperties = {"extraMinutes", "extraAttempts", "closeExtensionMinutes",
        "reason"})
public record OverrideRequest(
        @NotNull(message = Fields.REQUIRED) @Min(value = 0, message = "must be 0-1440")
        @Max(value = 1440, message = "must be 0-1440") Integer extraMinutes,
        @NotNull(message = Fields.REQUIRED) @Min(value = 0, message = "must be 0-20")
        @Max(value = 20, message = "must be 0-20") Integer extraAttempts,
        @NotNull(message = Fields.REQUIRED) @Min(value = 0, message = "must be 0-525600")
        @Max(value = 525_600, message = "must be 0-525600") Integer closeExtensionMinutes,
        @NotBlank(message = Fields.REQUIRED) @Size(max = 1000, message = "must be at most 1000 characters")
        String reason) {

    GrantOverrideCommand toCommand(AssessmentId assessment, UserId learner) {
        return new GrantOverrideCommand(assessment, learner, new AttemptOverride(Duration.ofMinutes(extraMinutes),
                extraAttempts, Duration.ofMinutes(closeExtensionMinutes)), reason);
    }
}
