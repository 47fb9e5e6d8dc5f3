package com.laca.domain.safety;

import com.laca.domain.clinic.TreatmentCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs one rule set over one client's answers for one category; stateless, allocation-light and thread-safe because
 * it runs for every slot listing, booking and check-in of a known client.
 *
 * <p>It only ever reports what matched: it has no way to turn a {@link OutcomeKind#BLOCK} into anything milder, and
 * a {@link OutcomeKind#PRESCRIBER_REVIEW} is cleared only by a recorded {@link PrescriberDecision}, outside it.
 */
public final class ContraindicationEvaluator {

    private static final Comparator<Finding> MOST_SEVERE_FIRST =
            Comparator.comparing(Finding::kind, Comparator.reverseOrder());

    /** The findings of the rule set for these answers and this category. */
    public ScreeningOutcome evaluate(RuleSet ruleSet, Answers answers, TreatmentCategory category) {
        List<Finding> findings = new ArrayList<>(2);
        List<QuestionId> unanswered = new ArrayList<>(0);
        for (ContraindicationRule rule : ruleSet.rulesFor(category)) {
            Condition.Truth truth = rule.when().test(answers);
            if (truth == Condition.Truth.UNKNOWN) {
                for (QuestionId question : rule.when().questions()) {
                    if (!answers.has(question) && !unanswered.contains(question)) {
                        unanswered.add(question);
                    }
                }
            } else if (truth == Condition.Truth.TRUE) {
                finding(rule, answers, unanswered).ifPresent(findings::add);
            }
        }
        findings.sort(MOST_SEVERE_FIRST);
        return new ScreeningOutcome(ruleSet.version(), category, findings, unanswered);
    }

    private static Optional<Finding> finding(ContraindicationRule rule, Answers answers, List<QuestionId> unanswered) {
        RuleOutcome outcome = rule.outcome();
        Optional<LocalDate> until = Optional.empty();
        if (outcome.kind() == OutcomeKind.DEFER_UNTIL) {
            Optional<LocalDate> from = answers.date(outcome.deferFrom());
            if (from.isEmpty()) {
                if (!unanswered.contains(outcome.deferFrom())) {
                    unanswered.add(outcome.deferFrom());
                }
                return Optional.empty();
            }
            until = Optional.of(from.get().plus(outcome.deferBy()));
        }
        return Optional.of(new Finding(rule.id(), outcome.kind(), until, rule.clientMessage(), rule.clinicalNote()));
    }
}
