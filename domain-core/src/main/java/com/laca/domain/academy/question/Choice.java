package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * An option of a single- or multiple-choice question with the share of the question's marks it earns, because
 * choosing it can be right, partly right, or (with negative marking) cost marks.
 *
 * @param key      unique within the question
 * @param text     what the learner sees
 * @param credit   between -1 and 1: 1 is the whole question's marks, -0.25 takes a quarter away
 * @param feedback shown to the learner who chose it, where the assessment shows feedback
 */
public record Choice(String key, String text, Fraction credit, Optional<String> feedback) {

    public Choice {
        Texts.key(key, "option key");
        text = Texts.required(text, "option text", 1000);
        Objects.requireNonNull(credit, "credit");
        if (credit.compareTo(Fraction.ONE.negate()) < 0 || credit.compareTo(Fraction.ONE) > 0) {
            throw new IllegalArgumentException("an option's credit must be between -1 and 1: " + credit);
        }
        feedback = Texts.optional(feedback, "option feedback", 2000);
    }

    /** An option without feedback. */
    public static Choice of(String key, String text, Fraction credit) {
        return new Choice(key, text, credit, Optional.empty());
    }
}
