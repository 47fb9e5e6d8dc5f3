package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.QuestionId;
import java.util.List;
import java.util.Optional;

/**
 * One version of a question: what the learner is asked, what it is worth, and the pure rule that marks a response,
 * sealed so every kind of question is handled wherever questions are shown, stored or marked.
 */
public sealed interface Question permits SingleChoiceQuestion, MultipleChoiceQuestion, TrueFalseQuestion,
        NumericQuestion, ShortTextQuestion, MatchingQuestion, OrderingQuestion, EssayQuestion {

    /** The question and its version. */
    QuestionKey key();

    /** What the learner is asked. */
    String stem();

    /** What a fully right answer is worth; positive. */
    Fraction maxMarks();

    /**
     * Why this response cannot be an answer to this question (wrong kind, unknown option, too long), or empty if it
     * can; checked when the answer is saved so a typo is refused, not marked wrong.
     */
    Optional<String> problemWith(Response response);

    /**
     * Marks a response that {@link #problemWith} accepted; a question left unanswered is never marked (it earns
     * nothing).
     *
     * @throws IllegalArgumentException if the response does not fit the question
     */
    QuestionMark mark(Response response);

    /** The keys whose display order an attempt may shuffle (options, answers, items), in the authored order. */
    default List<String> shuffleableKeys() {
        return List.of();
    }

    /** The question across its versions. */
    default QuestionId id() {
        return key().id();
    }
}
