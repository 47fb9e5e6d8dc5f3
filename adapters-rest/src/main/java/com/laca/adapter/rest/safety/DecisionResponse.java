package com.laca.adapter.rest.safety;

import com.laca.domain.safety.PrescriberDecision;
import java.time.Instant;

/** A recorded prescriber decision, with the rule-set version it was made under. */
public record DecisionResponse(String id, String screening, String ruleId, String ruleSetVersion, String prescriber,
                               RegistrationJson registration, String verdict, String reason, Instant decidedAt) {

    static DecisionResponse from(PrescriberDecision d) {
        return new DecisionResponse(d.id().value().toString(), d.screening().value().toString(), d.ruleId(),
                d.ruleSetVersion(), d.prescriber().practitioner().toString(),
                RegistrationJson.from(d.prescriber().registration()), d.verdict().name(), d.reason(), d.decidedAt());
    }
}
