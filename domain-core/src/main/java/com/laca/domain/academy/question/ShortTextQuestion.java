package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A word or phrase to type. The answers are tried in the order written and the <b>first match wins</b>, so a
 * specific pattern ({@code botulinum toxin type a}) placed before a broad one ({@code *toxin*}) earns its own credit;
 * text matching no pattern earns nothing.
 *
 * @param caseRule whether capitals matter
 * @param answers  at least one, at least one worth full credit
 */
public record ShortTextQuestion(QuestionKey key, String stem, Fraction maxMarks, CaseRule caseRule,
                                List<TextAnswer> answers) implements Question {

    /** Longer text is refused rather than matched: a short answer is a word or phrase. */
    public static final int MAX_LENGTH = 500;

    public ShortTextQuestion {
        Objects.requireNonNull(key, "key");
        stem = QuestionRules.stem(stem);
        maxMarks = QuestionRules.maxMarks(maxMarks);
        Objects.requireNonNull(caseRule, "caseRule");
        answers = List.copyOf(answers);
        if (answers.stream().noneMatch(answer -> answer.credit().equals(Fraction.ONE))) {
            throw new IllegalArgumentException("a short-text question needs an answer worth full credit");
        }
    }

    @Override
    public Optional<String> problemWith(Response response) {
        Optional<String> wrongKind = QuestionRules.wrongKind(response, Response.Text.class);
        if (wrongKind.isPresent()) {
            return wrongKind;
        }
        return ((Response.Text) response).text().length() > MAX_LENGTH
                ? Optional.of("a short answer must be at most " + MAX_LENGTH + " characters") : Optional.empty();
    }

    @Override
    public QuestionMark mark(Response response) {
        String text = Wildcard.normalise(QuestionRules.requireFits(this, response, Response.Text.class).text(),
                caseRule);
        for (TextAnswer answer : answers) {
            if (Wildcard.matches(Wildcard.normalise(answer.pattern(), caseRule), text)) {
                return QuestionMark.Credited.of(answer.credit(), answer.feedback());
            }
        }
        return QuestionMark.Credited.of(Fraction.ZERO);
    }
}
