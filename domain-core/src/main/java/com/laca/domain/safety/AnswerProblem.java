package com.laca.domain.safety;

import java.util.Objects;

/**
 * Why one submitted answer was refused, naming the question (never the answer given, which is medical data).
 *
 * @param question the question code as submitted
 * @param reason   what was wrong
 * @param message  a sentence the client can act on
 */
public record AnswerProblem(String question, Reason reason, String message) {

    public AnswerProblem {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** The closed list of answer problems, each mapped to one problem type by the REST adapter. */
    public enum Reason {
        /** No such question in this questionnaire version. */
        UNKNOWN_QUESTION,
        /** The question exists but is not asked for these treatments, or its parent answer does not call for it. */
        NOT_ASKED,
        /** The answer does not have the question's shape (not yes/no, not a date, not an option, too long). */
        MALFORMED_ANSWER,
        /** A question that is asked was not answered. */
        MISSING_ANSWER,
        /** The answers were given to another questionnaire version than the one shown. */
        WRONG_QUESTIONNAIRE_VERSION
    }
}
