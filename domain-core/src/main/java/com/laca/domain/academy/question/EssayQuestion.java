package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * A written answer an instructor marks, so its attempt waits for a grader instead of counting the essay as 0. An
 * essay left blank earns nothing at once: there is nothing to mark.
 *
 * @param graderGuidance what a good answer covers; shown to instructors only
 */
public record EssayQuestion(QuestionKey key, String stem, Fraction maxMarks, Optional<String> graderGuidance)
        implements Question {

    /** Longer text is refused: about 3,000 words. */
    public static final int MAX_LENGTH = 20_000;

    public EssayQuestion {
        Objects.requireNonNull(key, "key");
        stem = QuestionRules.stem(stem);
        maxMarks = QuestionRules.maxMarks(maxMarks);
        graderGuidance = Texts.optional(graderGuidance, "grader guidance", 5000);
    }

    @Override
    public Optional<String> problemWith(Response response) {
        Optional<String> wrongKind = QuestionRules.wrongKind(response, Response.Text.class);
        if (wrongKind.isPresent()) {
            return wrongKind;
        }
        return ((Response.Text) response).text().length() > MAX_LENGTH
                ? Optional.of("an essay must be at most " + MAX_LENGTH + " characters") : Optional.empty();
    }

    @Override
    public QuestionMark mark(Response response) {
        String text = QuestionRules.requireFits(this, response, Response.Text.class).text();
        return text.isBlank() ? QuestionMark.Credited.of(Fraction.ZERO) : new QuestionMark.NeedsGrading();
    }
}
