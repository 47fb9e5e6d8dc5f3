package com.laca.domain.academy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.question.SampleQuestions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Which attempts count: highest, average, first, last")
class GradingMethodTest {

    private static final PassMark SIXTY = PassMark.of("60");

    private static AttemptOutcome graded(int number, long earned, long total) {
        return new AttemptOutcome(AttemptId.random(), number, Papers.scoring(earned, total,
                GradingScheme.passingAt("60")));
    }

    private static AttemptOutcome awaiting(int number) {
        return new AttemptOutcome(AttemptId.random(), number, new AttemptGrade.AwaitingGrading(List.of(),
                GradingScheme.passingAt("60"), List.of(SampleQuestions.newKey())));
    }

    private static OverallGrade.Decided decided(OverallGrade grade) {
        assertThat(grade).isInstanceOf(OverallGrade.Decided.class);
        return (OverallGrade.Decided) grade;
    }

    private final AttemptOutcome fifty = graded(1, 50, 100);
    private final AttemptOutcome eighty = graded(2, 80, 100);
    private final AttemptOutcome seventy = graded(3, 70, 100);
    private final List<AttemptOutcome> three = List.of(seventy, fifty, eighty);

    @Test
    @DisplayName("Highest: the best attempt, 80 %")
    void highest() {
        assertThat(decided(GradingMethod.HIGHEST.combine(three, SIXTY)).value()).isEqualTo(Score.parse("80.00"));
    }

    @Test
    @DisplayName("Average: the mean of 50, 80 and 70 is 66.67 %")
    void average() {
        assertThat(decided(GradingMethod.AVERAGE.combine(three, SIXTY)).value()).isEqualTo(Score.parse("66.67"));
    }

    @Test
    @DisplayName("Average: the exact percentages are averaged and rounded once (59.995 and 59.997 give 60.00)")
    void averageRoundsOnce() {
        OverallGrade grade = GradingMethod.AVERAGE.combine(List.of(graded(1, 11999, 20000),
                graded(2, 59997, 100000)), SIXTY);

        assertThat(decided(grade).value()).isEqualTo(Score.parse("60.00"));
        assertThat(grade.passed()).isTrue();
    }

    @Test
    @DisplayName("First: the first attempt by number, whatever order they are given in (50 %, a fail)")
    void first() {
        OverallGrade.Decided grade = decided(GradingMethod.FIRST.combine(three, SIXTY));

        assertThat(grade.value()).isEqualTo(Score.parse("50.00"));
        assertThat(grade.passed()).isFalse();
    }

    @Test
    @DisplayName("Last: the latest attempt (70 %)")
    void last() {
        assertThat(decided(GradingMethod.LAST.combine(three, SIXTY)).value()).isEqualTo(Score.parse("70.00"));
    }

    @Test
    @DisplayName("No finished attempt: not attempted, not a fail")
    void none() {
        for (GradingMethod method : GradingMethod.values()) {
            assertThat(method.combine(List.of(), SIXTY)).isInstanceOf(OverallGrade.NotAttempted.class);
        }
    }

    @Nested
    @DisplayName("Attempts awaiting an instructor never count as 0")
    class Awaiting {

        @Test
        @DisplayName("average: undecided while one waits, with the graded attempts' mean shown as provisional")
        void average() {
            AttemptOutcome waiting = awaiting(4);

            OverallGrade grade = GradingMethod.AVERAGE.combine(List.of(fifty, eighty, waiting), SIXTY);

            assertThat(grade).isEqualTo(new OverallGrade.Awaiting(List.of(waiting.attempt()),
                    Optional.of(Score.parse("65.00"))));
            assertThat(grade.passed()).isFalse();
        }

        @Test
        @DisplayName("first: if the first attempt waits, the result waits, whatever later attempts scored")
        void first() {
            AttemptOutcome waiting = awaiting(1);

            assertThat(GradingMethod.FIRST.combine(List.of(waiting, graded(2, 90, 100)), SIXTY))
                    .isEqualTo(new OverallGrade.Awaiting(List.of(waiting.attempt()), Optional.empty()));
        }

        @Test
        @DisplayName("last: if the latest attempt waits, the result waits; an earlier waiting one does not matter")
        void last() {
            AttemptOutcome waiting = awaiting(4);

            assertThat(GradingMethod.LAST.combine(List.of(fifty, waiting), SIXTY))
                    .isInstanceOf(OverallGrade.Awaiting.class);
            assertThat(decided(GradingMethod.LAST.combine(List.of(awaiting(1), eighty), SIXTY)).value())
                    .isEqualTo(Score.parse("80.00"));
        }

        @Test
        @DisplayName("highest: a pass already earned stands while another attempt waits (it can only go up)")
        void highestPassStands() {
            AttemptOutcome waiting = awaiting(4);

            OverallGrade.Decided grade = decided(GradingMethod.HIGHEST.combine(List.of(fifty, eighty, waiting),
                    SIXTY));

            assertThat(grade.passed()).isTrue();
            assertThat(grade.stillAwaiting()).containsExactly(waiting.attempt());
        }

        @Test
        @DisplayName("highest: a fail so far is not final while another attempt waits")
        void highestFailWaits() {
            AttemptOutcome waiting = awaiting(2);

            assertThat(GradingMethod.HIGHEST.combine(List.of(fifty, waiting), SIXTY)).isEqualTo(
                    new OverallGrade.Awaiting(List.of(waiting.attempt()), Optional.of(Score.parse("50.00"))));
        }
    }

    @Test
    @DisplayName("The pass mark given is applied to the shown score of the attempt that counts")
    void passMarkApplied() {
        assertThat(GradingMethod.LAST.combine(three, PassMark.of("70")).passed()).isTrue();
        assertThat(GradingMethod.LAST.combine(three, PassMark.of("70.01")).passed()).isFalse();
    }
}
