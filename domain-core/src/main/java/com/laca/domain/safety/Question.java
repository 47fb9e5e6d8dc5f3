package com.laca.domain.safety;

import com.laca.domain.clinic.TreatmentCategory;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One question of the medical questionnaire, asked only for the categories it matters to and, for a follow-up, only
 * when the parent question had a given answer, so clients are not asked what does not concern them.
 *
 * @param id         stable code
 * @param text       the question in plain English, as the client reads it
 * @param type       the shape of the answer
 * @param options    the allowed answers of a {@link AnswerType#CHOICE} question; empty otherwise
 * @param categories the treatment categories it is asked for
 * @param askedIf    for a follow-up, the parent answer that makes it asked; empty for a top-level question
 */
public record Question(QuestionId id, String text, AnswerType type, List<String> options,
                       Set<TreatmentCategory> categories, Optional<FollowUp> askedIf) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > 500) {
            throw new IllegalArgumentException("question " + id + ": text must be 1-500 characters");
        }
        Objects.requireNonNull(type, "type");
        options = List.copyOf(Objects.requireNonNull(options, "options"));
        if ((type == AnswerType.CHOICE) == options.isEmpty()) {
            throw new IllegalArgumentException("question " + id + ": options belong to CHOICE questions only");
        }
        if (options.stream().distinct().count() != options.size()) {
            throw new IllegalArgumentException("question " + id + ": options must be distinct");
        }
        Objects.requireNonNull(categories, "categories");
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("question " + id + ": must be asked for at least one category");
        }
        categories = Set.copyOf(EnumSet.copyOf(categories));
        Objects.requireNonNull(askedIf, "askedIf");
    }

    /** True when this question is asked for the category. */
    public boolean isAskedFor(TreatmentCategory category) {
        return categories.contains(category);
    }

    /**
     * The parent answer that makes a follow-up question asked.
     *
     * @param parent the question this one follows
     * @param answer the parent's answer, in its text form ({@code yes}, or one of its options)
     */
    public record FollowUp(QuestionId parent, String answer) {

        public FollowUp {
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(answer, "answer");
        }
    }
}
