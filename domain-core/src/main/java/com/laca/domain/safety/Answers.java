package com.laca.domain.safety;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's validated answers keyed by question; built only by {@link Questionnaire#validate}, and printed without
 * values so medical data never reaches a log.
 */
public final class Answers {

    private final Map<QuestionId, Answer> byQuestion;

    Answers(Map<QuestionId, Answer> byQuestion) {
        this.byQuestion = Map.copyOf(Objects.requireNonNull(byQuestion, "byQuestion"));
    }

    /**
     * Rebuilds stored answers that were validated when given; kept apart from validation so a later questionnaire
     * version never rewrites what a client said.
     */
    public static Answers reconstitute(Map<QuestionId, Answer> byQuestion) {
        return new Answers(new LinkedHashMap<>(byQuestion));
    }

    /** The answer to a question, if it was asked and answered. */
    public Optional<Answer> get(QuestionId question) {
        return Optional.ofNullable(byQuestion.get(question));
    }

    /** Whether the question was answered. */
    public boolean has(QuestionId question) {
        return byQuestion.containsKey(question);
    }

    /** The date answered to a DATE question, if any. */
    public Optional<LocalDate> date(QuestionId question) {
        return byQuestion.get(question) instanceof Answer.DateValue value ? Optional.of(value.date()) : Optional.empty();
    }

    /** Every answer, for storage. */
    public Map<QuestionId, Answer> asMap() {
        return byQuestion;
    }

    public int size() {
        return byQuestion.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers answers && answers.byQuestion.equals(byQuestion);
    }

    @Override
    public int hashCode() {
        return byQuestion.hashCode();
    }

    @Override
    public String toString() {
        return "Answers[" + byQuestion.size() + " answers, redacted]";
    }
}
