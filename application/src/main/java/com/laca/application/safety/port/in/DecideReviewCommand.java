package com.laca.application.safety.port.in;

import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.shared.PractitionerId;
import java.util.Objects;

/**
 * A prescriber's decision on one review finding of a screening.
 *
 * @param screening  the screening
 * @param ruleId     the rule that asked for the review, e.g. {@code anticoagulants-injectables}
 * @param prescriber who decides: a registered prescriber
 * @param verdict    treat or do not treat
 * @param reason     why, in the prescriber's words (1-2000 characters)
 */
public record DecideReviewCommand(ScreeningId screening, String ruleId, PractitionerId prescriber,
                                  PrescriberDecision.Verdict verdict, String reason) {

    public DecideReviewCommand {
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(prescriber, "prescriber");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "DecideReviewCommand[" + screening + ", " + ruleId + ", " + verdict + ", reason redacted]";
    }
}
