package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * One accepted (or anticipated wrong) short-text answer: a pattern where {@code *} stands for any run of characters
 * (write {@code \*} for a real asterisk), with the credit it earns.
 *
 * @param pattern  compared with the learner's text after both are trimmed, Unicode-normalised (NFC) and have runs of
 *                 spaces reduced to one
 * @param credit   between 0 and 1
 * @param feedback shown to a learner whose text matched this pattern first
 */
public record TextAnswer(String pattern, Fraction credit, Optional<String> feedback) {

    public TextAnswer {
        pattern = Texts.required(pattern, "answer pattern", 200);
        Objects.requireNonNull(credit, "credit");
        if (credit.isNegative() || credit.compareTo(Fraction.ONE) > 0) {
            throw new IllegalArgumentException("a short-text answer's credit must be between 0 and 1: " + credit);
        }
        feedback = Texts.optional(feedback, "feedback", 2000);
    }

    /** A pattern without feedback. */
    public static TextAnswer of(String pattern, Fraction credit) {
        return new TextAnswer(pattern, credit, Optional.empty());
    }
}
