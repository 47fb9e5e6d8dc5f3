package com.laca.domain.safety;

import static com.laca.domain.clinic.TreatmentCategory.ANTI_WRINKLE;
import static com.laca.domain.clinic.TreatmentCategory.CHEMICAL_PEEL;
import static com.laca.domain.clinic.TreatmentCategory.DERMAL_FILLER;
import static com.laca.domain.safety.SafetyFixtures.answers;
import static com.laca.domain.safety.SafetyFixtures.clearAnswers;
import static com.laca.domain.safety.SafetyFixtures.questionnaire;
import static com.laca.domain.safety.SafetyFixtures.rule;
import static com.laca.domain.safety.SafetyFixtures.ruleSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.clinic.TreatmentCategory;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Contraindication rules turn answers into block, prescriber review, deferral or caution")
class ContraindicationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private final ContraindicationEvaluator evaluator = new ContraindicationEvaluator();

    private ScreeningOutcome evaluate(TreatmentCategory category, Map<String, String> changes) {
        Map<String, String> raw = new LinkedHashMap<>(clearAnswers(Set.of(category)));
        raw.putAll(changes);
        return evaluator.evaluate(ruleSet(), answers(raw, Set.of(category), TODAY), category);
    }

    @Test
    @DisplayName("Clear answers give a clear outcome stamped with the rule-set version")
    void clear() {
        ScreeningOutcome outcome = evaluate(ANTI_WRINKLE, Map.of());
        assertThat(outcome.isClear()).isTrue();
        assertThat(outcome.ruleSetVersion()).isEqualTo("T1");
    }

    @Test
    @DisplayName("Pregnancy blocks toxin")
    void pregnancyBlocks() {
        ScreeningOutcome outcome = evaluate(ANTI_WRINKLE, Map.of("pregnant_or_breastfeeding", "yes"));
        assertThat(outcome.isBlocked()).isTrue();
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("pregnancy");
    }

    @Test
    @DisplayName("A neuromuscular disorder blocks toxin; the question is not even asked for filler")
    void neuromuscular() {
        assertThat(evaluate(ANTI_WRINKLE, Map.of("neuromuscular_disorder", "yes")).isBlocked()).isTrue();
        assertThat(ruleSet().rulesFor(DERMAL_FILLER)).extracting(ContraindicationRule::id)
                .doesNotContain("neuromuscular");
    }

    @Test
    @DisplayName("Blood thinners ask for a prescriber review, keloid scarring for caution; the worst comes first")
    void severityOrder() {
        ScreeningOutcome outcome = evaluate(ANTI_WRINKLE, Map.of("anticoagulants", "yes", "keloid_scarring", "yes"));
        assertThat(outcome.findings()).extracting(Finding::kind)
                .containsExactly(OutcomeKind.PRESCRIBER_REVIEW, OutcomeKind.CAUTION);
        assertThat(outcome.isBlocked()).isFalse();
    }

    @Test
    @DisplayName("Isotretinoin stopped on 10 January defers a peel until exactly 10 July")
    void isotretinoinDeferral() {
        ScreeningOutcome outcome = evaluate(CHEMICAL_PEEL,
                Map.of("isotretinoin", "STOPPED", "isotretinoin_stopped_on", "2026-01-10"));
        assertThat(outcome.deferredUntil()).contains(LocalDate.of(2026, 7, 10));
    }

    @Test
    @DisplayName("Isotretinoin stopped on 31 August defers until the last day of February (month arithmetic)")
    void isotretinoinMonthEnd() {
        ScreeningOutcome outcome = evaluator.evaluate(ruleSet(), answers(new LinkedHashMap<>(Map.of(
                "pregnant_or_breastfeeding", "no", "keloid_scarring", "no", "isotretinoin", "STOPPED",
                "isotretinoin_stopped_on", "2025-08-31")), Set.of(CHEMICAL_PEEL), TODAY), CHEMICAL_PEEL);
        assertThat(outcome.deferredUntil()).contains(LocalDate.of(2026, 2, 28));
    }

    @Test
    @DisplayName("Isotretinoin taken now blocks a peel")
    void isotretinoinCurrent() {
        assertThat(evaluate(CHEMICAL_PEEL, Map.of("isotretinoin", "CURRENTLY")).isBlocked()).isTrue();
    }

    @Test
    @DisplayName("A rule whose question was never answered is not read as 'no': the outcome is incomplete")
    void unansweredIsNotNo() {
        Answers old = Answers.reconstitute(Map.of(SafetyFixtures.PREGNANT, new Answer.YesNo(false)));
        ScreeningOutcome outcome = evaluator.evaluate(ruleSet(), old, ANTI_WRINKLE);
        assertThat(outcome.isComplete()).isFalse();
        assertThat(outcome.unanswered()).contains(SafetyFixtures.NEUROMUSCULAR, SafetyFixtures.ANTICOAGULANTS);
        assertThat(outcome.isClear()).isFalse();
    }

    @Test
    @DisplayName("A rule set refuses a rule that reads a question its questionnaire lacks")
    void unknownQuestionInRule() {
        assertThatThrownBy(() -> new RuleSet("X", questionnaire("Q1"), List.of(rule("typo", Set.of(ANTI_WRINKLE),
                new Condition.Yes(new QuestionId("pregnnant")), RuleOutcome.block()))))
                .hasMessageContaining("pregnnant");
    }

    @Test
    @DisplayName("A rule set refuses a yes/no test on a choice question, an unknown option, and a deferral from a yes/no")
    void wrongTypes() {
        assertThatThrownBy(() -> new RuleSet("X", questionnaire("Q1"), List.of(rule("rule-a", Set.of(CHEMICAL_PEEL),
                new Condition.Yes(SafetyFixtures.ISOTRETINOIN), RuleOutcome.block())))).hasMessageContaining("yes/no");
        assertThatThrownBy(() -> new RuleSet("X", questionnaire("Q1"), List.of(rule("rule-b", Set.of(CHEMICAL_PEEL),
                new Condition.ChoiceIn(SafetyFixtures.ISOTRETINOIN, Set.of("SOMETIMES")), RuleOutcome.block()))))
                .hasMessageContaining("options");
        assertThatThrownBy(() -> new RuleSet("X", questionnaire("Q1"), List.of(rule("rule-c", Set.of(CHEMICAL_PEEL),
                new Condition.Yes(SafetyFixtures.PREGNANT),
                RuleOutcome.deferUntil(SafetyFixtures.PREGNANT, Period.ofMonths(1)))))).hasMessageContaining("DATE");
    }

    @Test
    @DisplayName("A rule set refuses a rule for a category its question is not asked for")
    void questionNotAskedForCategory() {
        assertThatThrownBy(() -> new RuleSet("X", questionnaire("Q1"), List.of(rule("rule-d", Set.of(DERMAL_FILLER),
                new Condition.Yes(SafetyFixtures.NEUROMUSCULAR), RuleOutcome.block()))))
                .hasMessageContaining("not asked");
    }

    @Test
    @DisplayName("Any-of and all-of combine answers, with an unanswered part making the whole unknown only if it matters")
    void combinations() {
        Answers answers = Answers.reconstitute(Map.of(SafetyFixtures.PREGNANT, new Answer.YesNo(true)));
        Condition anyOf = new Condition.AnyOf(List.of(new Condition.Yes(SafetyFixtures.KELOID),
                new Condition.Yes(SafetyFixtures.PREGNANT)));
        Condition allOf = new Condition.AllOf(List.of(new Condition.Yes(SafetyFixtures.KELOID),
                new Condition.Yes(SafetyFixtures.PREGNANT)));
        assertThat(anyOf.test(answers)).isEqualTo(Condition.Truth.TRUE);
        assertThat(allOf.test(answers)).isEqualTo(Condition.Truth.UNKNOWN);
        Answers notPregnant = Answers.reconstitute(Map.of(SafetyFixtures.PREGNANT, new Answer.YesNo(false)));
        assertThat(allOf.test(notPregnant)).isEqualTo(Condition.Truth.FALSE);
    }
}
