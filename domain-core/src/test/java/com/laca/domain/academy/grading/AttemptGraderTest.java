package com.laca.domain.academy.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.question.EssayQuestion;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.Response;
import com.laca.domain.academy.question.SampleQuestions;
import com.laca.domain.academy.question.SingleChoiceQuestion;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Grading a whole attempt")
class AttemptGraderTest {

    private final SingleChoiceQuestion first = SampleQuestions.glabellaMuscle(SampleQuestions.newKey());
    private final SingleChoiceQuestion second = SampleQuestions.glabellaMuscle(SampleQuestions.newKey());
    private final SingleChoiceQuestion third = SampleQuestions.glabellaMuscle(SampleQuestions.newKey());
    private final List<Question> paper = List.of(first, second, third);

    private static Map<QuestionId, Response> answers(Object... idAndOption) {
        Map<QuestionId, Response> answers = new HashMap<>();
        for (int i = 0; i < idAndOption.length; i += 2) {
            answers.put(((Question) idAndOption[i]).id(), new Response.SelectedOption((String) idAndOption[i + 1]));
        }
        return answers;
    }

    private AttemptGrade.Graded graded(Map<QuestionId, Response> answers, NegativeMarkFloor floor) {
        return (AttemptGrade.Graded) AttemptGrader.grade(paper, answers, Map.of(),
                GradingScheme.passingAt("50").withNegativeMarks(floor));
    }

    @Test
    @DisplayName("Each question earns credit × its marks; unanswered questions earn 0; the percentage is of all marks")
    void marksAndPercentage() {
        AttemptGrade.Graded grade = graded(answers(first, "a", second, "a"), NegativeMarkFloor.TOTAL);

        assertThat(grade.marks()).isEqualTo(Fraction.of(2));
        assertThat(grade.maxMarks()).isEqualTo(Fraction.of(3));
        assertThat(grade.score()).isEqualTo(Score.parse("66.67"));
        assertThat(grade.passed()).isTrue();
        assertThat(grade.questions().get(2).answered()).isFalse();
        assertThat(grade.questions().get(2).marks()).contains(Fraction.ZERO);
    }

    @Nested
    @DisplayName("Negative marks")
    class NegativeMarks {

        @Test
        @DisplayName("not floored: one right and two wrong (−¼ each) leave half a mark")
        void notFloored() {
            AttemptGrade.Graded grade = graded(answers(first, "a", second, "b", third, "c"), NegativeMarkFloor.NONE);

            assertThat(grade.marks()).isEqualTo(Fraction.of(1, 2));
            assertThat(grade.score()).isEqualTo(Score.parse("16.67"));
        }

        @Test
        @DisplayName("not floored: three wrong answers take the total below zero")
        void belowZero() {
            AttemptGrade.Graded grade = graded(answers(first, "b", second, "b", third, "c"), NegativeMarkFloor.NONE);

            assertThat(grade.marks()).isEqualTo(Fraction.of(-3, 4));
            assertThat(grade.score()).isEqualTo(Score.parse("-25.00"));
        }

        @Test
        @DisplayName("floored at the total: three wrong answers score 0, not below")
        void totalFloor() {
            AttemptGrade.Graded grade = graded(answers(first, "b", second, "b", third, "c"), NegativeMarkFloor.TOTAL);

            assertThat(grade.marks()).isEqualTo(Fraction.ZERO);
            assertThat(grade.score()).isEqualTo(Score.parse("0.00"));
        }

        @Test
        @DisplayName("floored at the total: a wrong answer still costs marks earned elsewhere")
        void totalFloorStillCosts() {
            AttemptGrade.Graded grade = graded(answers(first, "a", second, "b"), NegativeMarkFloor.TOTAL);

            assertThat(grade.marks()).isEqualTo(Fraction.of(3, 4));
        }

        @Test
        @DisplayName("floored per question: a wrong answer costs nothing (negative marking off)")
        void questionFloor() {
            AttemptGrade.Graded grade = graded(answers(first, "a", second, "b", third, "c"),
                    NegativeMarkFloor.EACH_QUESTION);

            assertThat(grade.marks()).isEqualTo(Fraction.ONE);
            assertThat(grade.questions().get(1).marks()).contains(Fraction.ZERO);
        }
    }

    @Nested
    @DisplayName("Essays")
    class Essays {

        private final EssayQuestion essay = SampleQuestions.occlusion(SampleQuestions.newKey());
        private final List<Question> withEssay = List.of(first, essay);
        private final Map<QuestionId, Response> answered = Map.of(first.id(), new Response.SelectedOption("a"),
                essay.id(), new Response.Text("Stop, hyaluronidase, escalate."));

        @Test
        @DisplayName("an essay not yet marked leaves the attempt awaiting grading, never scored as 0")
        void awaiting() {
            AttemptGrade grade = AttemptGrader.grade(withEssay, answered, Map.of(), GradingScheme.passingAt("50"));

            assertThat(grade).isInstanceOfSatisfying(AttemptGrade.AwaitingGrading.class,
                    awaiting -> assertThat(awaiting.awaiting()).containsExactly(essay.key()));
        }

        @Test
        @DisplayName("once the instructor marks it, the attempt is graded with their marks and comment")
        void marked() {
            ManualGrade manual = new ManualGrade(Fraction.decimal("3.5"), UserId.random(),
                    Instant.parse("2026-05-02T10:00:00Z"), Optional.of("Good; mention escalation."));

            AttemptGrade.Graded grade = (AttemptGrade.Graded) AttemptGrader.grade(withEssay, answered,
                    Map.of(essay.id(), manual), GradingScheme.passingAt("50"));

            assertThat(grade.marks()).isEqualTo(Fraction.decimal("4.5"));
            assertThat(grade.score()).isEqualTo(Score.parse("75.00"));
            assertThat(grade.questions().get(1).feedback()).containsExactly("Good; mention escalation.");
        }

        @Test
        @DisplayName("an instructor's mark above the question's marks is refused")
        void tooMany() {
            ManualGrade manual = new ManualGrade(Fraction.of(6), UserId.random(), Instant.EPOCH, Optional.empty());

            assertThatThrownBy(() -> AttemptGrader.grade(withEssay, answered, Map.of(essay.id(), manual),
                    GradingScheme.passingAt("50"))).hasMessageContaining("exceeds");
        }

        @Test
        @DisplayName("an essay left unanswered earns 0 at once and nothing waits")
        void unansweredEssay() {
            AttemptGrade grade = AttemptGrader.grade(withEssay, Map.of(first.id(), new Response.SelectedOption("a")),
                    Map.of(), GradingScheme.passingAt("50"));

            assertThat(grade).isInstanceOf(AttemptGrade.Graded.class);
        }
    }

    @Test
    @DisplayName("Grading the same attempt twice gives the same grade")
    void deterministic() {
        Map<QuestionId, Response> answers = answers(first, "a", second, "b");

        assertThat(graded(answers, NegativeMarkFloor.TOTAL)).isEqualTo(graded(answers, NegativeMarkFloor.TOTAL));
    }
}
