package com.laca.adapter.rest.safety;

import com.laca.application.safety.port.in.ScreeningResult;
import com.laca.domain.safety.Finding;
import com.laca.domain.safety.OutcomeKind;
import com.laca.domain.safety.ScreeningOutcome;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of stored answers in plain words: for the client's private link the rules' client messages only; for
 * staff with clinical access also each finding's rule, kind and note.
 *
 * @param screening      the stored screening's id
 * @param ruleSetVersion the rule set that evaluated it
 * @param outcome        BLOCKED, PRESCRIBER_REVIEW, DEFERRED, INCOMPLETE, CAUTION or CLEAR (the most serious)
 * @param messages       what the client is told
 * @param deferredUntil  the first date treatment may take place, when deferred
 * @param findings       staff only: the findings
 */
public record ScreeningResponse(String screening, String ruleSetVersion, String outcome, List<String> messages,
                                LocalDate deferredUntil, List<FindingJson> findings) {

    /** One finding, for staff with clinical access. */
    public record FindingJson(String ruleId, String kind, String clinicalNote, LocalDate deferredUntil) {
    }

    static ScreeningResponse forClient(ScreeningResult.Recorded recorded) {
        return of(recorded, false);
    }

    static ScreeningResponse forStaff(ScreeningResult.Recorded recorded) {
        return of(recorded, true);
    }

    private static ScreeningResponse of(ScreeningResult.Recorded recorded, boolean clinical) {
        ScreeningOutcome outcome = recorded.outcome();
        return new ScreeningResponse(recorded.screening().value().toString(), outcome.ruleSetVersion(),
                summary(outcome), outcome.findings().stream().map(Finding::clientMessage).distinct().toList(),
                outcome.deferredUntil().orElse(null),
                clinical ? outcome.findings().stream().map(f -> new FindingJson(f.ruleId(), f.kind().name(),
                        f.clinicalNote(), f.deferredUntil().orElse(null))).toList() : null);
    }

    private static String summary(ScreeningOutcome outcome) {
        if (outcome.isBlocked()) {
            return "BLOCKED";
        }
        if (!outcome.findingsOf(OutcomeKind.PRESCRIBER_REVIEW).isEmpty()) {
            return "PRESCRIBER_REVIEW";
        }
        if (!outcome.findingsOf(OutcomeKind.DEFER_UNTIL).isEmpty()) {
            return "DEFERRED";
        }
        if (!outcome.isComplete()) {
            return "INCOMPLETE";
        }
        return outcome.findingsOf(OutcomeKind.CAUTION).isEmpty() ? "CLEAR" : "CAUTION";
    }
}
