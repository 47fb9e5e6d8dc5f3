package com.laca.domain.academy.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.Fraction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Matching, ordering and essay questions")
class MatchingOrderingEssayTest {

    private static Fraction credit(Question question, Response response) {
        return ((QuestionMark.Credited) question.mark(response)).credit();
    }

    @Nested
    @DisplayName("Matching")
    class Matching {

        private final MatchingQuestion question = SampleQuestions.muscles(SampleQuestions.newKey());

        @Test
        @DisplayName("each right pair earns an equal share: 2 of 3 earn exactly 2/3")
        void perPair() {
            assertThat(credit(question, new Response.Pairs(Map.of("glabella", "corrugator", "forehead", "frontalis",
                    "crows", "orbicularis")))).isEqualTo(Fraction.ONE);
            assertThat(credit(question, new Response.Pairs(Map.of("glabella", "corrugator", "forehead", "frontalis",
                    "crows", "masseter")))).isEqualTo(Fraction.of(2, 3));
        }

        @Test
        @DisplayName("a prompt left unmatched earns nothing for that pair")
        void unmatched() {
            assertThat(credit(question, new Response.Pairs(Map.of("glabella", "corrugator"))))
                    .isEqualTo(Fraction.of(1, 3));
        }

        @Test
        @DisplayName("unknown prompts or answers are refused as malformed")
        void unknown() {
            assertThat(question.problemWith(new Response.Pairs(Map.of("chin", "corrugator")))).isPresent();
            assertThat(question.problemWith(new Response.Pairs(Map.of("glabella", "platysma")))).isPresent();
        }

        @Test
        @DisplayName("every prompt needs its right answer among the answers")
        void validation() {
            assertThatThrownBy(() -> new MatchingQuestion(SampleQuestions.newKey(), "Q", Fraction.ONE,
                    List.of(new Item("a", "A"), new Item("b", "B")), List.of(new Item("x", "X"), new Item("y", "Y")),
                    Map.of("a", "x"))).hasMessageContaining("every prompt");
        }
    }

    @Nested
    @DisplayName("Ordering")
    class Ordering {

        private final List<String> right = List.of("wash", "check", "draw", "inject");
        private final List<String> oneStepLate = List.of("check", "draw", "inject", "wash");

        @Test
        @DisplayName("all or nothing: only the exact order earns credit")
        void allOrNothing() {
            OrderingQuestion question = SampleQuestions.reconstitutionSteps(SampleQuestions.newKey(),
                    OrderingScoring.ALL_OR_NOTHING);

            assertThat(credit(question, new Response.Sequence(right))).isEqualTo(Fraction.ONE);
            assertThat(credit(question, new Response.Sequence(oneStepLate))).isEqualTo(Fraction.ZERO);
        }

        @Test
        @DisplayName("absolute position: one step moved to the end leaves no item in its place")
        void absolutePosition() {
            OrderingQuestion question = SampleQuestions.reconstitutionSteps(SampleQuestions.newKey(),
                    OrderingScoring.ABSOLUTE_POSITION);

            assertThat(credit(question, new Response.Sequence(oneStepLate))).isEqualTo(Fraction.ZERO);
            assertThat(credit(question, new Response.Sequence(List.of("wash", "check", "inject", "draw"))))
                    .isEqualTo(Fraction.of(1, 2));
        }

        @Test
        @DisplayName("relative to next: the same answer keeps 2 of 3 right neighbours")
        void relativeToNext() {
            OrderingQuestion question = SampleQuestions.reconstitutionSteps(SampleQuestions.newKey(),
                    OrderingScoring.RELATIVE_TO_NEXT);

            assertThat(credit(question, new Response.Sequence(oneStepLate))).isEqualTo(Fraction.of(2, 3));
            assertThat(credit(question, new Response.Sequence(right))).isEqualTo(Fraction.ONE);
        }

        @Test
        @DisplayName("every item must be placed exactly once")
        void permutation() {
            OrderingQuestion question = SampleQuestions.reconstitutionSteps(SampleQuestions.newKey(),
                    OrderingScoring.ABSOLUTE_POSITION);

            assertThat(question.problemWith(new Response.Sequence(List.of("wash", "check", "draw")))).isPresent();
            assertThat(question.problemWith(new Response.Sequence(List.of("wash", "wash", "draw", "inject"))))
                    .isPresent();
            assertThat(question.problemWith(new Response.Sequence(List.of("wash", "check", "draw", "rinse"))))
                    .isPresent();
        }
    }

    @Nested
    @DisplayName("Essay")
    class Essay {

        private final EssayQuestion question = SampleQuestions.occlusion(SampleQuestions.newKey());

        @Test
        @DisplayName("a written answer waits for an instructor instead of scoring 0")
        void needsGrading() {
            assertThat(question.mark(new Response.Text("Stop injecting, massage, hyaluronidase…")))
                    .isInstanceOf(QuestionMark.NeedsGrading.class);
        }

        @Test
        @DisplayName("a blank answer earns nothing at once: there is nothing to mark")
        void blank() {
            assertThat(credit(question, new Response.Text("   "))).isEqualTo(Fraction.ZERO);
        }

        @Test
        @DisplayName("an essay longer than the limit is refused")
        void tooLong() {
            assertThat(question.problemWith(new Response.Text("x".repeat(EssayQuestion.MAX_LENGTH + 1)))).isPresent();
        }
    }
}
