package com.laca.domain.safety;

import java.time.Instant;
import java.util.Objects;

/**
 * A prescriber's recorded decision on one {@link OutcomeKind#PRESCRIBER_REVIEW} finding of one screening: the only
 * thing that clears such a finding. It can be made for review findings only, so no decision can ever clear a block.
 *
 * @param id             the decision
 * @param screening      the screening whose finding it decides; a new screening needs a new decision
 * @param ruleId         the rule whose finding it decides
 * @param ruleSetVersion the rule-set version that raised the finding
 * @param prescriber     who decided
 * @param verdict        treat or do not treat
 * @param reason         why, in the prescriber's words
 * @param decidedAt      when
 */
public record PrescriberDecision(PrescriberDecisionId id, ScreeningId screening, String ruleId, String ruleSetVersion,
                                 Prescriber prescriber, Verdict verdict, String reason, Instant decidedAt) {

    public PrescriberDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(prescriber, "prescriber");
        Objects.requireNonNull(verdict, "verdict");
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new IllegalArgumentException("a prescriber decision needs a reason of 1-2000 characters");
        }
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /**
     * Records a decision on a finding; refused unless the finding asks for a prescriber review (a block is final and
     * a caution or deferral needs no decision).
     */
    public static PrescriberDecision on(PrescriberDecisionId id, Screening screening, ScreeningOutcome outcome,
                                        Finding finding, Prescriber prescriber, Verdict verdict, String reason,
                                        Instant decidedAt) {
        if (finding.kind() != OutcomeKind.PRESCRIBER_REVIEW || !outcome.findings().contains(finding)) {
            throw new IllegalArgumentException("only a prescriber-review finding of this outcome can be decided");
        }
        return new PrescriberDecision(id, screening.id(), finding.ruleId(), outcome.ruleSetVersion(), prescriber,
                verdict, reason, decidedAt);
    }

    /** Whether this decision is the one for the finding of that screening. */
    public boolean decides(ScreeningId screening, Finding finding) {
        return this.screening.equals(screening) && ruleId.equals(finding.ruleId())
                && finding.kind() == OutcomeKind.PRESCRIBER_REVIEW;
    }

    /** What the prescriber decided. */
    public enum Verdict {
        /** Suitable for treatment despite the finding. */
        APPROVED,
        /** Not suitable: treatment is refused until a new screening and decision. */
        DECLINED
    }

    @Override
    public String toString() {
        return "PrescriberDecision[" + id + ", rule " + ruleId + ", " + verdict + ", reason redacted]";
    }
}
