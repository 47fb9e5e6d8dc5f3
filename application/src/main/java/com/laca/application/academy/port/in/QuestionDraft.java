package com.laca.application.academy.port.in;

import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;

/**
 * A question as an author wrote it, waiting for the key the application gives it (a new question is version 1, a
 * correction the next version), so no caller can choose or overwrite a version.
 */
@FunctionalInterface
public interface QuestionDraft {

    /** The question under the given key; throws {@link IllegalArgumentException} if it breaks a rule. */
    Question withKey(QuestionKey key);
}
