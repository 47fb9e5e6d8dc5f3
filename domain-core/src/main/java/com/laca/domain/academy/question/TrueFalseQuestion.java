package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement the learner judges true or false; the right judgement earns full marks, the wrong one nothing.
 *
 * @param answer          whether the statement is true
 * @param feedbackIfTrue  shown to a learner who answered "true"
 * @param feedbackIfFalse shown to a learner who answered "false"
 */
public record TrueFalseQuestion(QuestionKey key, String stem, Fraction maxMarks, boolean answer,
                                Optional<String> feedbackIfTrue, Optional<String> feedbackIfFalse)
        implements Question {

    public TrueFalseQuestion {
        Objects.requireNonNull(key, "key");
        stem = QuestionRules.stem(stem);
        maxMarks = QuestionRules.maxMarks(maxMarks);
        feedbackIfTrue = Texts.optional(feedbackIfTrue, "feedback", 2000);
        feedbackIfFalse = Texts.optional(feedbackIfFalse, "feedback", 2000);
    }

    /** A statement without feedback. */
    public static TrueFalseQuestion of(QuestionKey key, String stem, Fraction maxMarks, boolean answer) {
        return new TrueFalseQuestion(key, stem, maxMarks, answer, Optional.empty(), Optional.empty());
    }

    @Override
    public Optional<String> problemWith(Response response) {
        return QuestionRules.wrongKind(response, Response.TrueOrFalse.class);
    }

    @Override
    public QuestionMark mark(Response response) {
        boolean given = QuestionRules.requireFits(this, response, Response.TrueOrFalse.class).value();
        Optional<String> feedback = given ? feedbackIfTrue : feedbackIfFalse;
        return QuestionMark.Credited.of(given == answer ? Fraction.ONE : Fraction.ZERO, feedback);
    }
}
