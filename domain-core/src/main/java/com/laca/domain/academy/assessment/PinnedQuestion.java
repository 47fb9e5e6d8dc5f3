package com.laca.domain.academy.assessment;

import com.laca.domain.academy.question.QuestionKey;
import java.util.List;
import java.util.Objects;

/**
 * A question version fixed on one attempt's paper with the order its options are shown in, so reloading the page,
 * editing the question or grading later all see the same question.
 *
 * @param key          the question version
 * @param displayOrder option, answer or item keys in the order shown; empty for questions without any
 */
public record PinnedQuestion(QuestionKey key, List<String> displayOrder) {

    public PinnedQuestion {
        Objects.requireNonNull(key, "key");
        displayOrder = List.copyOf(displayOrder);
    }
}
