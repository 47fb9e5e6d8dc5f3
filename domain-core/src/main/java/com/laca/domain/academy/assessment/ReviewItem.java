package com.laca.domain.academy.assessment;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import com.laca.domain.academy.question.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a finished attempt as the learner may see it; what the assessment hides is absent, not blanked,
 * so no adapter can show it by mistake.
 *
 * @param yourAnswer the learner's own response, if they answered
 * @param maxMarks   what the question was worth
 * @param marks      what it earned (hidden on summative exams; empty while awaiting an instructor)
 * @param feedback   per-answer feedback (hidden on summative exams)
 * @param answerKey  the question with its right answers (formative only; never for essays, whose grader guidance is
 *                   for instructors)
 */
public record ReviewItem(QuestionKey key, Optional<Response> yourAnswer, Fraction maxMarks, Optional<Fraction> marks,
                         List<String> feedback, Optional<Question> answerKey) {

    public ReviewItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(yourAnswer, "yourAnswer");
        Objects.requireNonNull(maxMarks, "maxMarks");
        Objects.requireNonNull(marks, "marks");
        feedback = List.copyOf(feedback);
        Objects.requireNonNull(answerKey, "answerKey");
    }
}
