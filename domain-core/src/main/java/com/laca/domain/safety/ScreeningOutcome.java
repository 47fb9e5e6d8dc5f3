package com.laca.domain.safety;

import com.laca.domain.clinic.TreatmentCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules made of one client's answers for one category, stamped with the rule-set version that decided, so
 * every later refusal or treatment can say which reviewed rules it followed.
 *
 * @param ruleSetVersion the version of the rules that produced it
 * @param category       the treatment category evaluated
 * @param findings       matched rules, most severe first
 * @param unanswered     questions some rule needed but the screening did not answer (e.g. added in a later version)
 */
public record ScreeningOutcome(String ruleSetVersion, TreatmentCategory category, List<Finding> findings,
                               List<QuestionId> unanswered) {

    public ScreeningOutcome {
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(category, "category");
        findings = List.copyOf(findings);
        unanswered = List.copyOf(unanswered);
    }

    /** True when every rule could be decided from the answers given. */
    public boolean isComplete() {
        return unanswered.isEmpty();
    }

    /** The findings of one kind. */
    public List<Finding> findingsOf(OutcomeKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** True when any rule blocks treatment. */
    public boolean isBlocked() {
        return !findingsOf(OutcomeKind.BLOCK).isEmpty();
    }

    /** The latest deferral date of all deferrals, the first day treatment may take place. */
    public Optional<LocalDate> deferredUntil() {
        return findings.stream().flatMap(f -> f.deferredUntil().stream()).max(LocalDate::compareTo);
    }

    /** True when nothing matched at all and every rule could be decided. */
    public boolean isClear() {
        return findings.isEmpty() && isComplete();
    }
}
