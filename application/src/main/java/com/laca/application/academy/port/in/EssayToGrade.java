package com.laca.application.academy.port.in;

import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.academy.question.EssayQuestion;
import java.util.Optional;

/** One unmarked essay on a finished attempt, waiting in the instructors' queue with the learner's answer. */
public record EssayToGrade(AttemptId attempt, Attempt attemptState, EssayQuestion question, Optional<String> answer) {
}
