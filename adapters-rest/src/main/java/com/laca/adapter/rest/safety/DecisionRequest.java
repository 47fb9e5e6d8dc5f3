package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.safety.port.in.DecideReviewCommand;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.shared.PractitionerId;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A prescriber's decision on one review finding. */
@Schema(name = "DecisionRequest", requiredProperties = {"ruleId", "prescriber", "verdict", "reason"}, properties = {
        @SchemaProperty(name = "ruleId", example = "anticoagulants-injectables"),
        @SchemaProperty(name = "prescriber", description = "the registered prescriber deciding"),
        @SchemaProperty(name = "verdict", example = "APPROVED", description = "APPROVED or DECLINED"),
        @SchemaProperty(name = "reason", description = "1-2000 characters, in the prescriber's words")})
public record DecisionRequest(
        @NotBlank(message = Fields.REQUIRED) String ruleId,
        @NotBlank(message = Fields.REQUIRED) String prescriber,
        @NotBlank(message = Fields.REQUIRED) String verdict,
        @NotBlank(message = Fields.REQUIRED) String reason) {

    DecideReviewCommand toCommand(ScreeningId screening) {
        return new DecideReviewCommand(screening, ruleId,
                new PractitionerId(Fields.uuid(prescriber, "prescriber")),
                Fields.enumValue(PrescriberDecision.Verdict.class, verdict, "verdict"),
                reason);
    }

    @Override
    public String toString() {
        return "DecisionRequest[" + ruleId + ", " + verdict + ", reason redacted]";
    }
}
