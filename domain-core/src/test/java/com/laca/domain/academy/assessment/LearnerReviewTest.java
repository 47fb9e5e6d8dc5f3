package com.laca.domain.academy.assessment;

import static com.laca.domain.academy.assessment.Exams.NINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.grading.GradingMethod;
import com.laca.domain.academy.grading.Score;
import com.laca.domain.academy.question.Response;
import com.laca.domain.shared.UserId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What a learner sees after finishing")
class LearnerReviewTest {

    private static final UserId LEARNER = UserId.random();

    @Test
    @DisplayName("On a summative exam: score, pass or fail and own answers, but no marks, feedback or right answers")
    void summativeHidesAnswers() {
        Exams exams = new Exams(AttemptRules.unrestricted(), GradingMethod.HIGHEST, AssessmentKind.SUMMATIVE);
        Attempt attempt = exams.finished(LEARNER, "a", 3, List.of());

        LearnerReview review = LearnerReview.of(attempt, exams.published(), AssessmentKind.SUMMATIVE);

        assertThat(review.score()).contains(Score.parse("60.00"));
        assertThat(review.passed()).contains(true);
        assertThat(review.items()).hasSize(5).allSatisfy(item -> {
            assertThat(item.marks()).isEmpty();
            assertThat(item.feedback()).isEmpty();
            assertThat(item.answerKey()).isEmpty();
        });
        assertThat(review.items().get(0).yourAnswer()).contains(new Response.SelectedOption("a"));
    }

    @Test
    @DisplayName("On a formative quiz: marks per question and the right answers too")
    void formativeShowsAll() {
        Exams exams = new Exams(AttemptRules.unrestricted(), GradingMethod.HIGHEST, AssessmentKind.FORMATIVE);
        Attempt attempt = exams.finished(LEARNER, "b", 4, List.of());

        LearnerReview review = LearnerReview.of(attempt, exams.published(), AssessmentKind.FORMATIVE);

        assertThat(review.items().get(0).marks()).contains(Fraction.ONE);
        assertThat(review.items().get(0).answerKey()).contains(exams.wrongKey);
    }

    @Test
    @DisplayName("An attempt in progress has no review yet")
    void notWhileRunning() {
        Exams exams = new Exams();
        Attempt running = exams.start(LEARNER, List.of(), NINE);

        assertThatThrownBy(() -> LearnerReview.of(running, exams.published(), AssessmentKind.FORMATIVE))
                .hasMessageContaining("finished");
    }
}
