package com.laca.domain.academy.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.Fraction;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("One rounding step, and pass decided on the score that is shown")
class RoundingAndPassTest {

    private static final GradingScheme SIXTY = GradingScheme.passingAt("60");

    @ParameterizedTest(name = "{0} of {1} marks ({2} % exactly) shows {3} % and passes 60 %: {4}")
    @CsvSource({
            "11989, 20000, 59.945, 59.95, false",
            "11999, 20000, 59.995, 60.00, true",
            "119989, 200000, 59.9945, 59.99, false",
            "12000, 20000, 60, 60.00, true",
            "1199899, 2000000, 59.99495, 59.99, false"})
    @DisplayName("Scores on the rounding edges of a 60 % pass mark")
    void roundingEdges(long earned, long total, String exact, String shown, boolean passes) {
        AttemptGrade.Graded grade = Papers.scoring(earned, total, SIXTY);

        assertThat(grade.exactPercent()).isEqualTo(Fraction.decimal(exact));
        assertThat(grade.score()).isEqualTo(Score.parse(shown));
        assertThat(grade.score().percent().toPlainString()).isEqualTo(shown);
        assertThat(grade.passed()).isEqualTo(passes);
    }

    @Test
    @DisplayName("A learner shown 60.00 % never fails a 60 % pass mark, though the exact score is below 60")
    void shownValueDecides() {
        AttemptGrade.Graded grade = Papers.scoring(11999, 20000, SIXTY);

        assertThat(grade.exactPercent()).isLessThan(Fraction.of(60));
        assertThat(grade.score().toString()).isEqualTo("60.00 %");
        assertThat(grade.passed()).isTrue();
    }

    @Test
    @DisplayName("Two thirds is shown as 66.67 %, rounded half up once from the exact value")
    void thirds() {
        assertThat(Score.of(Fraction.of(200, 3))).isEqualTo(Score.parse("66.67"));
        assertThat(Score.of(Fraction.of(100, 3))).isEqualTo(Score.parse("33.33"));
    }

    @Test
    @DisplayName("The policy is named, and it is the only one: half up to two decimal places")
    void onePolicy() {
        assertThat(RoundingPolicy.values()).containsExactly(RoundingPolicy.HALF_UP_TWO_DECIMALS);
        assertThat(RoundingPolicy.standard().round(Fraction.decimal("0.005"))).isEqualByComparingTo("0.01");
        assertThat(RoundingPolicy.standard().round(Fraction.decimal("-0.005"))).isEqualByComparingTo("-0.01");
    }

    @Test
    @DisplayName("A pass mark can have no more decimals than a score is shown with, and lies between 0 and 100")
    void passMarkPrecision() {
        assertThat(PassMark.of("62.5").percent()).isEqualTo(new BigDecimal("62.50"));
        assertThatThrownBy(() -> PassMark.of("59.945")).hasMessageContaining("decimal places");
        assertThatThrownBy(() -> PassMark.of("100.01")).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> new Score(new BigDecimal("59.9"))).hasMessageContaining("decimal places");
    }

    @Test
    @DisplayName("Score bands give the feedback of the highest band the shown score reaches")
    void bands() {
        GradingScheme scheme = SIXTY.withBands(List.of(ScoreBand.from("0", "Revise modules 2 and 3."),
                ScoreBand.from("60", "Pass."), ScoreBand.from("90", "Excellent.")));

        assertThat(Papers.scoring(11989, 20000, scheme).bandFeedback()).contains("Revise modules 2 and 3.");
        assertThat(Papers.scoring(11999, 20000, scheme).bandFeedback()).as("shown 60.00").contains("Pass.");
        assertThat(Papers.scoring(9, 10, scheme).bandFeedback()).contains("Excellent.");
        assertThatThrownBy(() -> SIXTY.withBands(List.of(ScoreBand.from("60", "a"), ScoreBand.from("60.00", "b"))))
                .hasMessageContaining("same score");
    }
}
