package com.laca.adapter.rules.json;

import static com.laca.domain.clinic.TreatmentCategory.ANTI_WRINKLE;
import static com.laca.domain.clinic.TreatmentCategory.CHEMICAL_PEEL;
import static com.laca.domain.clinic.TreatmentCategory.DERMAL_FILLER;
import static com.laca.domain.clinic.TreatmentCategory.LASER;
import static com.laca.domain.clinic.TreatmentCategory.MICRONEEDLING;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.AnswerType;
import com.laca.domain.safety.AnswerValidation;
import com.laca.domain.safety.ContraindicationEvaluator;
import com.laca.domain.safety.ContraindicationRule;
import com.laca.domain.safety.Finding;
import com.laca.domain.safety.OutcomeKind;
import com.laca.domain.safety.Question;
import com.laca.domain.safety.RuleSet;
import com.laca.domain.safety.ScreeningOutcome;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The shipped starting rule set covers what the clinic asked for, with the outcomes it asked for")
class ShippedRulesTest {

    private static final RuleSet RULES = JsonRuleSetSource.bundled().current();
    private static final LocalDate ANSWERED = LocalDate.of(2026, 6, 1);

    private static Map<String, String> clear(TreatmentCategory category) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : RULES.questionnaire().questionsFor(Set.of(category))) {
            if (question.askedIf().isEmpty()) {
                answers.put(question.id().value(), question.type() == AnswerType.CHOICE ? "NEVER" : "no");
            }
        }
        return answers;
    }

    private static ScreeningOutcome screen(TreatmentCategory category, Map<String, String> changes) {
        Map<String, String> answers = clear(category);
        answers.putAll(changes);
        AnswerValidation validation = RULES.questionnaire().validate(RULES.questionnaire().version(), answers,
                Set.of(category), ANSWERED);
        assertThat(validation).isInstanceOf(AnswerValidation.Valid.class);
        return new ContraindicationEvaluator().evaluate(RULES, ((AnswerValidation.Valid) validation).answers(),
                category);
    }

    @ParameterizedTest(name = "{0} answered yes for {1} gives {2}")
    @DisplayName("Each listed contraindication has its outcome")
    @CsvSource({
            "pregnant_or_breastfeeding,          ANTI_WRINKLE,  BLOCK",
            "pregnant_or_breastfeeding,          DERMAL_FILLER, BLOCK",
            "pregnant_or_breastfeeding,          LASER,         BLOCK",
            "myasthenia_gravis,                  ANTI_WRINKLE,  BLOCK",
            "lambert_eaton_syndrome,             ANTI_WRINKLE,  BLOCK",
            "other_neuromuscular_disorder,       ANTI_WRINKLE,  PRESCRIBER_REVIEW",
            "allergy_botulinum_toxin_or_albumin, ANTI_WRINKLE,  BLOCK",
            "allergy_hyaluronic_acid,            DERMAL_FILLER, BLOCK",
            "allergy_local_anaesthetic,          DERMAL_FILLER, PRESCRIBER_REVIEW",
            "allergy_bee_or_wasp_venom,          DERMAL_FILLER, PRESCRIBER_REVIEW",
            "infection_or_cold_sore_at_site,     CHEMICAL_PEEL, BLOCK",
            "infection_or_cold_sore_at_site,     ANTI_WRINKLE,  BLOCK",
            "keloid_scarring,                    MICRONEEDLING, PRESCRIBER_REVIEW",
            "keloid_scarring,                    DERMAL_FILLER, CAUTION",
            "anticoagulants,                     DERMAL_FILLER, PRESCRIBER_REVIEW",
            "anticoagulants,                     MICRONEEDLING, CAUTION",
            "autoimmune_disease,                 DERMAL_FILLER, PRESCRIBER_REVIEW",
            "photosensitising_medication,        LASER,         PRESCRIBER_REVIEW",
            "epilepsy,                           LASER,         PRESCRIBER_REVIEW"
    })
    void outcomes(String question, TreatmentCategory category, OutcomeKind expected) {
        ScreeningOutcome outcome = screen(category, Map.of(question, "yes"));
        assertThat(outcome.findings()).extracting(Finding::kind).containsExactly(expected);
        assertThat(outcome.ruleSetVersion()).isEqualTo("2026.1");
    }

    @Test
    @DisplayName("Isotretinoin stopped on 5 January defers peel, laser and microneedling to exactly 5 July")
    void isotretinoin() {
        for (TreatmentCategory category : Set.of(CHEMICAL_PEEL, LASER, MICRONEEDLING)) {
            ScreeningOutcome outcome = screen(category, Map.of("isotretinoin", "STOPPED",
                    "isotretinoin_stopped_on", "2026-01-05"));
            assertThat(outcome.deferredUntil()).as(category.name()).contains(LocalDate.of(2026, 7, 5));
            assertThat(screen(category, Map.of("isotretinoin", "CURRENTLY")).isBlocked()).isTrue();
        }
    }

    @Test
    @DisplayName("A recent tan defers laser by 4 weeks from the last tan")
    void recentTan() {
        ScreeningOutcome outcome = screen(LASER, Map.of("recent_tan", "yes", "last_tanned_on", "2026-05-20"));
        assertThat(outcome.deferredUntil()).contains(LocalDate.of(2026, 6, 17));
    }

    @Test
    @DisplayName("Clear answers are clear for every category the rules cover")
    void clearIsClear() {
        for (TreatmentCategory category : Set.of(ANTI_WRINKLE, DERMAL_FILLER, CHEMICAL_PEEL, LASER, MICRONEEDLING)) {
            assertThat(screen(category, Map.of()).isClear()).as(category.name()).isTrue();
        }
    }

    @Test
    @DisplayName("Every rule has a client message that names no rule id and a clinical note")
    void wording() {
        for (ContraindicationRule rule : RULES.rules()) {
            assertThat(rule.clientMessage()).doesNotContain(rule.id());
            assertThat(rule.clinicalNote()).isNotBlank();
        }
    }
}
