package com.laca.domain.academy.assessment;

import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.question.QuestionKey;
import com.laca.domain.shared.UserId;
import java.util.Objects;

/**
 * An attempt a regrade cannot re-mark, because the corrected question no longer fits the answer given (an option
 * removed, an essay's marks lowered below the instructor's); the attempt is left as it was and listed for a person.
 *
 * @param question the corrected version that does not fit
 * @param reason   why
 */
public record RegradeProblem(AttemptId attempt, UserId learner, QuestionKey question, String reason) {

    public RegradeProblem {
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(reason, "reason");
    }
}
