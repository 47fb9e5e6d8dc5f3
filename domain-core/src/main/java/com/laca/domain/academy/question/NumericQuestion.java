package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.Texts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A number to work out, e.g. a dose or a dilution, right within a tolerance and, where asked, in a known unit; the
 * comparison is exact, so no floating-point error can turn a right dose wrong.
 *
 * @param expected        the right value in the principal unit (exact; see {@link Reconstitution} for dose sums)
 * @param tolerance       how far from it is still right
 * @param unitRule        whether a unit is asked for
 * @param units           the units accepted and their factors; at least one with factor 1 unless no unit is asked
 * @param feedbackIfRight shown to a learner whose answer is right
 * @param feedbackIfWrong shown to a learner whose answer is wrong
 */
public record NumericQuestion(QuestionKey key, String stem, Fraction maxMarks, Fraction expected,
                              Tolerance tolerance, UnitRule unitRule, List<AcceptedUnit> units,
                              Optional<String> feedbackIfRight, Optional<String> feedbackIfWrong)
        implements Question {

    public NumericQuestion {
        Objects.requireNonNull(key, "key");
        stem = QuestionRules.stem(stem);
        maxMarks = QuestionRules.maxMarks(maxMarks);
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(unitRule, "unitRule");
        units = List.copyOf(units);
        QuestionRules.uniqueKeys(units, AcceptedUnit::symbol, "units", 0);
        if (unitRule != UnitRule.NOT_ASKED && units.stream().noneMatch(unit -> unit.factor().equals(Fraction.ONE))) {
            throw new IllegalArgumentException("a question that asks for a unit needs its principal unit (factor 1)");
        }
        feedbackIfRight = Texts.optional(feedbackIfRight, "feedback", 2000);
        feedbackIfWrong = Texts.optional(feedbackIfWrong, "feedback", 2000);
    }

    @Override
    public Optional<String> problemWith(Response response) {
        return QuestionRules.wrongKind(response, Response.NumberWithUnit.class);
    }

    @Override
    public QuestionMark mark(Response response) {
        Response.NumberWithUnit answer = QuestionRules.requireFits(this, response, Response.NumberWithUnit.class);
        Optional<Fraction> factor = factorFor(answer.unit());
        boolean right = factor.isPresent()
                && tolerance.allows(Fraction.of(answer.value()).times(factor.get()), expected);
        Optional<String> feedback = right ? feedbackIfRight : feedbackIfWrong;
        return QuestionMark.Credited.of(right ? Fraction.ONE : Fraction.ZERO, feedback);
    }

    /** The factor of the unit given, or empty if the unit makes the answer wrong. */
    private Optional<Fraction> factorFor(Optional<String> given) {
        if (unitRule == UnitRule.NOT_ASKED) {
            return Optional.of(Fraction.ONE);
        }
        if (given.isEmpty()) {
            return unitRule == UnitRule.OPTIONAL ? Optional.of(Fraction.ONE) : Optional.empty();
        }
        return units.stream().filter(unit -> unit.symbol().equals(given.get())).map(AcceptedUnit::factor).findFirst();
    }
}
