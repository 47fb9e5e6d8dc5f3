package com.laca.domain.academy.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.academy.Fraction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Short-text questions: case rule, wildcards, first match wins")
class ShortTextQuestionTest {

    private final ShortTextQuestion question = SampleQuestions.antidote(SampleQuestions.newKey());

    private static QuestionMark.Credited mark(Question question, String text) {
        return (QuestionMark.Credited) question.mark(new Response.Text(text));
    }

    @Test
    @DisplayName("Case is ignored when the question says so; spaces around and inside are tidied")
    void ignoreCase() {
        assertThat(mark(question, "Hyaluronidase").credit()).isEqualTo(Fraction.ONE);
        assertThat(mark(question, "  HYALURONIDASE ").credit()).isEqualTo(Fraction.ONE);
    }

    @Test
    @DisplayName("The first matching pattern wins: the exact word before 'hyal*' before the catch-all '*'")
    void firstMatchWins() {
        assertThat(mark(question, "hyaluronidase")).isEqualTo(
                new QuestionMark.Credited(Fraction.ONE, List.of("Right.")));
        assertThat(mark(question, "hyaluronase")).isEqualTo(
                new QuestionMark.Credited(Fraction.of(1, 2), List.of("Check the spelling.")));
        assertThat(mark(question, "collagenase")).isEqualTo(
                new QuestionMark.Credited(Fraction.ZERO, List.of("It is hyaluronidase.")));
    }

    @Test
    @DisplayName("When case matters, 'botox' is not 'Botox'")
    void caseSensitive() {
        ShortTextQuestion brand = new ShortTextQuestion(SampleQuestions.newKey(), "Brand name?", Fraction.ONE,
                CaseRule.CASE_SENSITIVE, List.of(TextAnswer.of("Botox", Fraction.ONE)));

        assertThat(mark(brand, "Botox").credit()).isEqualTo(Fraction.ONE);
        assertThat(mark(brand, "botox").credit()).isEqualTo(Fraction.ZERO);
    }

    @Test
    @DisplayName("A wildcard matches any run of characters, including none, anywhere in the pattern")
    void wildcards() {
        ShortTextQuestion toxin = new ShortTextQuestion(SampleQuestions.newKey(), "Product class?", Fraction.ONE,
                CaseRule.IGNORE_CASE, List.of(TextAnswer.of("botulinum*toxin*", Fraction.ONE)));

        assertThat(mark(toxin, "Botulinum toxin type A").credit()).isEqualTo(Fraction.ONE);
        assertThat(mark(toxin, "botulinumtoxin").credit()).isEqualTo(Fraction.ONE);
        assertThat(mark(toxin, "toxin").credit()).isEqualTo(Fraction.ZERO);
    }

    @Test
    @DisplayName("\\* stands for a real asterisk, and other characters are never treated as patterns")
    void literalAsterisk() {
        ShortTextQuestion footnote = new ShortTextQuestion(SampleQuestions.newKey(), "Symbol?", Fraction.ONE,
                CaseRule.IGNORE_CASE, List.of(TextAnswer.of("a\\*b", Fraction.ONE),
                        TextAnswer.of("(x)?.[y]", Fraction.ONE)));

        assertThat(mark(footnote, "a*b").credit()).isEqualTo(Fraction.ONE);
        assertThat(mark(footnote, "axb").credit()).isEqualTo(Fraction.ZERO);
        assertThat(mark(footnote, "(x)?.[y]").credit()).isEqualTo(Fraction.ONE);
        assertThat(mark(footnote, "x.y").credit()).isEqualTo(Fraction.ZERO);
    }

    @Test
    @DisplayName("Letters typed in composed or decomposed form (é) are the same answer")
    void unicodeNormalised() {
        ShortTextQuestion cafe = new ShortTextQuestion(SampleQuestions.newKey(), "Q", Fraction.ONE,
                CaseRule.CASE_SENSITIVE, List.of(TextAnswer.of("caf\u00e9", Fraction.ONE)));

        assertThat(mark(cafe, "cafe\u0301").credit()).isEqualTo(Fraction.ONE);
    }

    @Test
    @DisplayName("Many wildcards against a long answer finish at once (no runaway backtracking)")
    void noRunawayMatching() {
        ShortTextQuestion hostile = new ShortTextQuestion(SampleQuestions.newKey(), "Q", Fraction.ONE,
                CaseRule.IGNORE_CASE, List.of(TextAnswer.of("*a*a*a*a*a*a*a*a*a*a*b", Fraction.ONE)));

        assertThat(mark(hostile, "a".repeat(ShortTextQuestion.MAX_LENGTH)).credit()).isEqualTo(Fraction.ZERO);
    }

    @Test
    @DisplayName("An answer longer than a short answer can be is refused")
    void tooLong() {
        assertThat(question.problemWith(new Response.Text("x".repeat(ShortTextQuestion.MAX_LENGTH + 1))))
                .isPresent();
        assertThat(question.problemWith(new Response.Text("x".repeat(ShortTextQuestion.MAX_LENGTH)))).isEmpty();
        assertThat(new TextAnswer("x", Fraction.ONE, Optional.of("  ")).feedback()).isEmpty();
    }
}
