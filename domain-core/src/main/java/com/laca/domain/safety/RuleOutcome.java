package com.laca.domain.safety;

import java.time.Period;
import java.util.Objects;

/**
 * The outcome a rule assigns when it matches; only a deferral carries data (which date answer, and how long after it).
 *
 * @param kind       what the match means
 * @param deferFrom  for {@link OutcomeKind#DEFER_UNTIL}, the DATE question the deferral counts from; otherwise null
 * @param deferBy    for {@link OutcomeKind#DEFER_UNTIL}, how long after that date treatment may start; otherwise null
 */
public record RuleOutcome(OutcomeKind kind, QuestionId deferFrom, Period deferBy) {

    public RuleOutcome {
        Objects.requireNonNull(kind, "kind");
        boolean defer = kind == OutcomeKind.DEFER_UNTIL;
        if (defer != (deferFrom != null) || defer != (deferBy != null)) {
            throw new IllegalArgumentException("a deferral, and only a deferral, names a date question and a period");
        }
        if (defer && (deferBy.isNegative() || deferBy.isZero())) {
            throw new IllegalArgumentException("a deferral period must be positive");
        }
    }

    public static RuleOutcome block() {
        return new RuleOutcome(OutcomeKind.BLOCK, null, null);
    }

    public static RuleOutcome prescriberReview() {
        return new RuleOutcome(OutcomeKind.PRESCRIBER_REVIEW, null, null);
    }

    public static RuleOutcome caution() {
        return new RuleOutcome(OutcomeKind.CAUTION, null, null);
    }

    public static RuleOutcome deferUntil(QuestionId from, Period by) {
        return new RuleOutcome(OutcomeKind.DEFER_UNTIL, from, by);
    }
}
