package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.Texts;
import java.util.Objects;

/**
 * A unit a numeric answer may be given in and how it converts to the question's principal unit, so "100 µl" and
 * "0.1 ml" are the same answer. Symbols match exactly, case included ("mg" is not "Mg"): list every spelling
 * accepted.
 *
 * @param symbol as the learner types it, e.g. {@code ml}, {@code mL}, {@code U}, {@code units}
 * @param factor what one of this unit is in the principal unit; 1 for the principal unit itself
 */
public record AcceptedUnit(String symbol, Fraction factor) {

    public AcceptedUnit {
        symbol = Texts.required(symbol, "unit symbol", 20);
        Objects.requireNonNull(factor, "factor");
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("a unit's factor must be positive: " + factor);
        }
    }

    /** A spelling of the principal unit. */
    public static AcceptedUnit principal(String symbol) {
        return new AcceptedUnit(symbol, Fraction.ONE);
    }
}
