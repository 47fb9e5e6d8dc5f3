package com.laca.domain.academy.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.Fraction;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Choice questions")
class ChoiceQuestionsTest {

    private static Fraction credit(Question question, Response response) {
        QuestionMark mark = question.mark(response);
        assertThat(mark).isInstanceOf(QuestionMark.Credited.class);
        return ((QuestionMark.Credited) mark).credit();
    }

    @Nested
    @DisplayName("Single choice")
    class SingleChoice {

        private final SingleChoiceQuestion question = SampleQuestions.glabellaMuscle(SampleQuestions.newKey());

        @Test
        @DisplayName("the right option earns full credit and its feedback")
        void right() {
            QuestionMark mark = question.mark(new Response.SelectedOption("a"));

            assertThat(mark).isEqualTo(new QuestionMark.Credited(Fraction.ONE, List.of("Right.")));
        }

        @Test
        @DisplayName("a wrong option carries its negative credit (a quarter off) and its own feedback")
        void negativeMarks() {
            QuestionMark mark = question.mark(new Response.SelectedOption("b"));

            assertThat(mark).isEqualTo(new QuestionMark.Credited(Fraction.of(-1, 4),
                    List.of("Frontalis lifts the brow; it causes forehead lines.")));
        }

        @Test
        @DisplayName("an option that does not exist is refused as malformed, not marked wrong")
        void unknownOption() {
            assertThat(question.problemWith(new Response.SelectedOption("z"))).contains("there is no option 'z'");
            assertThat(question.problemWith(new Response.TrueOrFalse(true))).isPresent();
            assertThatThrownBy(() -> question.mark(new Response.SelectedOption("z")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("needs an option worth full credit, unique keys, and credits between -1 and 1")
        void validation() {
            assertThatThrownBy(() -> new SingleChoiceQuestion(SampleQuestions.newKey(), "Q", Fraction.ONE, List.of(
                    Choice.of("a", "A", Fraction.of(1, 2)), Choice.of("b", "B", Fraction.ZERO))))
                    .hasMessageContaining("full credit");
            assertThatThrownBy(() -> new SingleChoiceQuestion(SampleQuestions.newKey(), "Q", Fraction.ONE, List.of(
                    Choice.of("a", "A", Fraction.ONE), Choice.of("a", "B", Fraction.ZERO))))
                    .hasMessageContaining("duplicate");
            assertThatThrownBy(() -> Choice.of("a", "A", Fraction.of(-3, 2))).hasMessageContaining("between -1 and 1");
            assertThatThrownBy(() -> new SingleChoiceQuestion(SampleQuestions.newKey(), "Q", Fraction.ZERO, List.of(
                    Choice.of("a", "A", Fraction.ONE), Choice.of("b", "B", Fraction.ZERO))))
                    .hasMessageContaining("positive number of marks");
        }
    }

    @Nested
    @DisplayName("Multiple choice")
    class MultipleChoice {

        private final MultipleChoiceQuestion question = SampleQuestions.contraindications(SampleQuestions.newKey());

        @Test
        @DisplayName("both right options earn full credit; one earns half")
        void partialCredit() {
            assertThat(credit(question, new Response.SelectedOptions(Set.of("a", "b")))).isEqualTo(Fraction.ONE);
            assertThat(credit(question, new Response.SelectedOptions(Set.of("a")))).isEqualTo(Fraction.of(1, 2));
        }

        @Test
        @DisplayName("a right and a wrong option cancel out; choosing everything earns nothing")
        void wrongOptionsCost() {
            assertThat(credit(question, new Response.SelectedOptions(Set.of("a", "c")))).isEqualTo(Fraction.ZERO);
            assertThat(credit(question, new Response.SelectedOptions(Set.of("a", "b", "c", "d"))))
                    .isEqualTo(Fraction.ZERO);
        }

        @Test
        @DisplayName("the credit is clamped to [0, 1]: only wrong options earn 0, never less")
        void clampedAtZero() {
            assertThat(credit(question, new Response.SelectedOptions(Set.of("c", "d")))).isEqualTo(Fraction.ZERO);
            assertThat(credit(question, new Response.SelectedOptions(Set.of()))).isEqualTo(Fraction.ZERO);
        }

        @Test
        @DisplayName("the credit is clamped to [0, 1] at the top too, whatever the author's credits")
        void clampedAtOne() {
            MultipleChoiceQuestion generous = new MultipleChoiceQuestion(SampleQuestions.newKey(), "Q", Fraction.ONE,
                    List.of(Choice.of("a", "A", Fraction.of(1, 2)), Choice.of("b", "B", Fraction.of(1, 2)),
                            Choice.of("c", "C", Fraction.ZERO)));

            assertThat(credit(generous, new Response.SelectedOptions(Set.of("a", "b", "c")))).isEqualTo(Fraction.ONE);
        }

        @Test
        @DisplayName("with three right options, each is worth exactly one third")
        void thirds() {
            MultipleChoiceQuestion thirds = MultipleChoiceQuestion.evenlyWeighted(SampleQuestions.newKey(), "Q",
                    Fraction.ONE, List.of(new Item("a", "A"), new Item("b", "B"), new Item("c", "C"),
                            new Item("d", "D")), Set.of("a", "b", "c"));

            assertThat(credit(thirds, new Response.SelectedOptions(Set.of("a", "b")))).isEqualTo(Fraction.of(2, 3));
        }

        @Test
        @DisplayName("the right options' credits must add up to exactly 1")
        void creditsAddUpToOne() {
            assertThatThrownBy(() -> new MultipleChoiceQuestion(SampleQuestions.newKey(), "Q", Fraction.ONE, List.of(
                    Choice.of("a", "A", Fraction.of(1, 2)), Choice.of("b", "B", Fraction.of(1, 3)))))
                    .hasMessageContaining("exactly 1");
            assertThat(question.problemWith(new Response.SelectedOptions(Set.of("a", "x")))).isPresent();
        }
    }

    @Nested
    @DisplayName("True or false")
    class TrueFalse {

        @Test
        @DisplayName("the right judgement earns full credit, the wrong one nothing")
        void judgement() {
            TrueFalseQuestion question = SampleQuestions.aspirate(SampleQuestions.newKey());

            assertThat(credit(question, new Response.TrueOrFalse(true))).isEqualTo(Fraction.ONE);
            assertThat(credit(question, new Response.TrueOrFalse(false))).isEqualTo(Fraction.ZERO);
            assertThat(question.problemWith(new Response.Text("true"))).isPresent();
        }
    }
}
