package com.laca.domain.academy.assessment;

import com.laca.domain.academy.grading.AttemptGrade;
import com.laca.domain.academy.grading.QuestionResult;
import com.laca.domain.academy.grading.Score;
import com.laca.domain.academy.question.EssayQuestion;
import com.laca.domain.academy.question.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a learner sees of their finished attempt: everything on a formative quiz; on a summative exam only the score,
 * pass or fail, the band feedback and their own answers, so the exam's answers never leave the academy.
 *
 * @param score        the shown score, once graded
 * @param passed       whether it passed, once graded
 * @param bandFeedback the score band's feedback, once graded
 * @param items        the questions in the order shown
 */
public record LearnerReview(AttemptState state, Optional<Score> score, Optional<Boolean> passed,
                            Optional<String> bandFeedback, List<ReviewItem> items) {

    public LearnerReview {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(passed, "passed");
        Objects.requireNonNull(bandFeedback, "bandFeedback");
        items = List.copyOf(items);
    }

    /**
     * The review of a finished attempt.
     *
     * @param pinned the attempt's pinned question versions, in paper order
     * @throws IllegalArgumentException if the attempt is still in progress
     */
    public static LearnerReview of(Attempt attempt, List<Question> pinned, AssessmentKind kind) {
        if (!attempt.state().isFinished()) {
            throw new IllegalArgumentException("an attempt is reviewed once it is finished");
        }
        AttemptGrade grade = attempt.grade().orElseThrow();
        boolean formative = kind == AssessmentKind.FORMATIVE;
        List<ReviewItem> items = new ArrayList<>(pinned.size());
        for (int i = 0; i < pinned.size(); i++) {
            Question question = pinned.get(i);
            QuestionResult result = grade.questions().get(i);
            if (!result.key().equals(question.key())) {
                throw new IllegalArgumentException("the questions given are not this attempt's pinned paper");
            }
            items.add(new ReviewItem(question.key(), Optional.ofNullable(attempt.answers().get(question.id())),
                    question.maxMarks(), formative ? result.marks() : Optional.empty(),
                    formative ? result.feedback() : List.of(),
                    formative && !(question instanceof EssayQuestion) ? Optional.of(question) : Optional.empty()));
        }
        if (grade instanceof AttemptGrade.Graded graded) {
            return new LearnerReview(attempt.state(), Optional.of(graded.score()), Optional.of(graded.passed()),
                    graded.bandFeedback(), items);
        }
        return new LearnerReview(attempt.state(), Optional.empty(), Optional.empty(), Optional.empty(), items);
    }
}
