package com.laca.domain.academy.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.Fraction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Numeric questions: doses, dilutions, tolerance and units")
class NumericQuestionTest {

    private final NumericQuestion question = SampleQuestions.unitsInSyringe(SampleQuestions.newKey());

    private static Fraction credit(Question question, String typed) {
        return ((QuestionMark.Credited) question.mark(Response.NumberWithUnit.parse(typed))).credit();
    }

    @Nested
    @DisplayName("Dose arithmetic")
    class DoseArithmetic {

        @Test
        @DisplayName("100 U reconstituted in 2.5 ml: 40 U per ml, so 0.1 ml holds exactly 4 U")
        void issueExample() {
            Reconstitution vial = new Reconstitution(Fraction.of(100), Fraction.decimal("2.5"));

            assertThat(vial.unitsPerMl()).isEqualTo(Fraction.of(40));
            assertThat(vial.unitsIn(Fraction.decimal("0.1"))).isEqualTo(Fraction.of(4));
            assertThat(vial.mlFor(Fraction.of(20))).isEqualTo(Fraction.decimal("0.5"));
        }

        @Test
        @DisplayName("100 U in 3 ml gives 33⅓ U per ml exactly, with no rounding error")
        void thirds() {
            Reconstitution vial = new Reconstitution(Fraction.of(100), Fraction.of(3));

            assertThat(vial.unitsPerMl()).isEqualTo(Fraction.of(100, 3));
            assertThat(vial.unitsIn(Fraction.decimal("0.3"))).isEqualTo(Fraction.of(10));
        }
    }

    @Test
    @DisplayName("4 U is right, and so is 4 units")
    void right() {
        assertThat(credit(question, "4 U")).isEqualTo(Fraction.ONE);
        assertThat(credit(question, "4units")).isEqualTo(Fraction.ONE);
        assertThat(question.mark(Response.NumberWithUnit.parse("4 U")))
                .isEqualTo(new QuestionMark.Credited(Fraction.ONE, List.of("Right: 40 U per ml.")));
    }

    @Test
    @DisplayName("The tolerance is inclusive: 3.9 and 4.1 are right, 3.89 and 4.11 are wrong")
    void toleranceEdges() {
        assertThat(credit(question, "3.9 U")).isEqualTo(Fraction.ONE);
        assertThat(credit(question, "4.1 U")).isEqualTo(Fraction.ONE);
        assertThat(credit(question, "3.89 U")).isEqualTo(Fraction.ZERO);
        assertThat(credit(question, "4.11 U")).isEqualTo(Fraction.ZERO);
    }

    @Test
    @DisplayName("A relative tolerance of 5 % of 40 accepts 38 to 42")
    void relativeTolerance() {
        NumericQuestion perMl = new NumericQuestion(SampleQuestions.newKey(), "Units per ml?", Fraction.ONE,
                Fraction.of(40), new Tolerance.Relative(Fraction.of(1, 20)), UnitRule.NOT_ASKED, List.of(),
                Optional.empty(), Optional.empty());

        assertThat(credit(perMl, "38")).isEqualTo(Fraction.ONE);
        assertThat(credit(perMl, "42.0")).isEqualTo(Fraction.ONE);
        assertThat(credit(perMl, "37.99")).isEqualTo(Fraction.ZERO);
        assertThat(credit(perMl, "42 anything")).as("no unit asked: trailing text is ignored")
                .isEqualTo(Fraction.ONE);
    }

    @Test
    @DisplayName("With a unit required, no unit or an unknown unit is wrong, and units match case exactly")
    void unitRequired() {
        assertThat(credit(question, "4")).isEqualTo(Fraction.ZERO);
        assertThat(credit(question, "4 ml")).isEqualTo(Fraction.ZERO);
        assertThat(credit(question, "4 u")).isEqualTo(Fraction.ZERO);
    }

    @Test
    @DisplayName("Units convert: with ml as the principal unit, 100 µl is the same answer as 0.1 ml")
    void conversion() {
        NumericQuestion volume = new NumericQuestion(SampleQuestions.newKey(), "How much to draw up for 4 U?",
                Fraction.ONE, Fraction.decimal("0.1"), Tolerance.exact(), UnitRule.OPTIONAL,
                List.of(AcceptedUnit.principal("ml"), AcceptedUnit.principal("mL"),
                        new AcceptedUnit("µl", Fraction.of(1, 1000))), Optional.empty(), Optional.empty());

        assertThat(credit(volume, "100 µl")).isEqualTo(Fraction.ONE);
        assertThat(credit(volume, "0.1 mL")).isEqualTo(Fraction.ONE);
        assertThat(credit(volume, "0.1")).as("an optional unit left out means ml").isEqualTo(Fraction.ONE);
        assertThat(credit(volume, "0.1 l")).as("an unknown unit is wrong").isEqualTo(Fraction.ZERO);
        assertThat(credit(volume, "0.10000000000000001 ml")).as("exact means exact").isEqualTo(Fraction.ZERO);
    }

    @Test
    @DisplayName("Answers are read with a decimal point; exponents are fine")
    void parsing() {
        assertThat(Response.NumberWithUnit.parse(" 0.25 ml ")).isEqualTo(
                new Response.NumberWithUnit(new BigDecimal("0.25"), Optional.of("ml")));
        assertThat(Response.NumberWithUnit.parse(".5").value()).isEqualByComparingTo("0.5");
        assertThat(Response.NumberWithUnit.parse("4e0 U").value()).isEqualByComparingTo("4");
        assertThat(Response.NumberWithUnit.parse("-3").unit()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is not read as a number")
    @ValueSource(strings = {"4,5", "1,000", "four", "", "4.5.6", "4 5", "1e999", "½"})
    @DisplayName("A comma, words or an absurd exponent are refused with a reason rather than marked wrong")
    void unreadable(String typed) {
        assertThatThrownBy(() -> Response.NumberWithUnit.parse(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("A question that asks for a unit must name its principal unit")
    void principalUnit() {
        assertThatThrownBy(() -> new NumericQuestion(SampleQuestions.newKey(), "Q", Fraction.ONE, Fraction.ONE,
                Tolerance.exact(), UnitRule.REQUIRED, List.of(new AcceptedUnit("µl", Fraction.of(1, 1000))),
                Optional.empty(), Optional.empty())).hasMessageContaining("principal unit");
        assertThatThrownBy(() -> new Tolerance.Absolute(Fraction.of(-1, 10))).hasMessageContaining("negative");
    }
}
