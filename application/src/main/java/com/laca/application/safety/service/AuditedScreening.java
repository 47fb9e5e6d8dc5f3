package com.laca.application.safety.service;

import com.laca.application.safety.port.in.AuditLogUseCase;
import com.laca.application.safety.port.in.DecideReviewCommand;
import com.laca.application.safety.port.in.QuestionnaireForTreatment;
import com.laca.application.safety.port.in.ScreeningResult;
import com.laca.application.safety.port.in.ScreeningUseCase;
import com.laca.application.safety.port.in.SubmitScreeningCommand;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.AuditEventType;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.ScreeningOutcome;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import java.util.Map;
import java.util.Objects;

/**
 * Writes every stored screening and every prescriber decision to the clinical audit log in the same transaction as
 * the record itself (the inner use case joins the transaction opened here), so a committed screening or decision
 * always has its chained entry and a refused one has none. Details are codes only: the outcome, the rule-set version,
 * the rule and verdict; never an answer.
 */
public final class AuditedScreening implements ScreeningUseCase {

    private final ScreeningUseCase inner;
    private final TransactionRunner tx;
    private final AuditLogUseCase audit;

    public AuditedScreening(ScreeningUseCase inner, TransactionRunner tx, AuditLogUseCase audit) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public QuestionnaireForTreatment questionnaire(TenantId tenant, TreatmentId treatment) {
        return inner.questionnaire(tenant, treatment);
    }

    @Override
    public ScreeningResult submitForBooking(TenantId tenant, String manageToken, SubmitScreeningCommand command) {
        return tx.inTenant(tenant, () -> recorded(tenant, "client-link",
                inner.submitForBooking(tenant, manageToken, command)));
    }

    @Override
    public ScreeningResult submitByStaff(Caller caller, ClientId client, TreatmentCategory category,
                                         SubmitScreeningCommand command) {
        return tx.inTenant(caller.tenantId(), () -> recorded(caller.tenantId(), "user:" + caller.userId(),
                inner.submitByStaff(caller, client, category, command)));
    }

    @Override
    public PrescriberDecision decide(Caller caller, DecideReviewCommand command) {
        return tx.inTenant(caller.tenantId(), () -> {
            PrescriberDecision decision = inner.decide(caller, command);
            audit.append(caller.tenantId(), AuditEventType.PRESCRIBER_DECISION, "screening:" + decision.screening(),
                    "user:" + caller.userId(), Map.of("decision", decision.id().toString(), "rule", decision.ruleId(),
                            "ruleSetVersion", decision.ruleSetVersion(), "verdict", decision.verdict().name(),
                            "prescriber", decision.prescriber().practitioner().toString()));
            return decision;
        });
    }

    private ScreeningResult recorded(TenantId tenant, String actor, ScreeningResult result) {
        if (result instanceof ScreeningResult.Recorded recorded) {
            ScreeningOutcome outcome = recorded.outcome();
            audit.append(tenant, AuditEventType.SCREENING_ANSWERED, "screening:" + recorded.screening(), actor,
                    Map.of("category", outcome.category().name(), "ruleSetVersion", outcome.ruleSetVersion(),
                            "outcome", summary(outcome)));
        }
        return result;
    }

    /** One code for the outcome, most serious first. */
    static String summary(ScreeningOutcome outcome) {
        if (outcome.isBlocked()) {
            return "BLOCKED";
        }
        if (!outcome.isComplete()) {
            return "INCOMPLETE";
        }
        if (outcome.deferredUntil().isPresent()) {
            return "DEFERRED";
        }
        return outcome.isClear() ? "CLEAR" : "REVIEW_OR_CAUTION";
    }
}
