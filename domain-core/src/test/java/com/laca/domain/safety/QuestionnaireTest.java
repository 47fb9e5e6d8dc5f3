package com.laca.domain.safety;

import static com.laca.domain.clinic.TreatmentCategory.ANTI_WRINKLE;
import static com.laca.domain.clinic.TreatmentCategory.CHEMICAL_PEEL;
import static com.laca.domain.safety.SafetyFixtures.clearAnswers;
import static com.laca.domain.safety.SafetyFixtures.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The medical questionnaire accepts only well-formed answers to the questions it asks")
class QuestionnaireTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private final Questionnaire questionnaire = questionnaire("Q1");

    private AnswerValidation submit(Map<String, String> answers, Set<com.laca.domain.clinic.TreatmentCategory> for_) {
        return questionnaire.validate("Q1", answers, for_, TODAY);
    }

    private static List<AnswerProblem.Reason> reasons(AnswerValidation validation) {
        return ((AnswerValidation.Invalid) validation).problems().stream().map(AnswerProblem::reason).toList();
    }

    @Test
    @DisplayName("Complete answers for toxin are accepted and only the toxin questions are asked")
    void complete() {
        AnswerValidation validation = submit(clearAnswers(Set.of(ANTI_WRINKLE)), Set.of(ANTI_WRINKLE));
        assertThat(validation).isInstanceOf(AnswerValidation.Valid.class);
        assertThat(((AnswerValidation.Valid) validation).answers().size()).isEqualTo(4);
    }

    @Test
    @DisplayName("An answer that is not yes or no to a yes/no question is refused as malformed, naming the question")
    void malformedYesNo() {
        Map<String, String> answers = new LinkedHashMap<>(clearAnswers(Set.of(ANTI_WRINKLE)));
        answers.put("pregnant_or_breastfeeding", "maybe");
        AnswerValidation validation = submit(answers, Set.of(ANTI_WRINKLE));
        assertThat(reasons(validation)).containsExactly(AnswerProblem.Reason.MALFORMED_ANSWER);
        assertThat(((AnswerValidation.Invalid) validation).problems().get(0).question())
                .isEqualTo("pregnant_or_breastfeeding");
        assertThat(((AnswerValidation.Invalid) validation).problems().get(0).message()).doesNotContain("maybe");
    }

    @Test
    @DisplayName("A question that does not exist is refused as unknown")
    void unknownQuestion() {
        Map<String, String> answers = new LinkedHashMap<>(clearAnswers(Set.of(ANTI_WRINKLE)));
        answers.put("favourite_colour", "blue");
        assertThat(reasons(submit(answers, Set.of(ANTI_WRINKLE))))
                .containsExactly(AnswerProblem.Reason.UNKNOWN_QUESTION);
    }

    @Test
    @DisplayName("A question id that is not even well formed is refused as unknown, not as a crash")
    void garbageKey() {
        Map<String, String> answers = new LinkedHashMap<>(clearAnswers(Set.of(ANTI_WRINKLE)));
        answers.put("'; drop table --\u0000" + "x".repeat(500), "yes");
        AnswerValidation validation = submit(answers, Set.of(ANTI_WRINKLE));
        assertThat(reasons(validation)).containsExactly(AnswerProblem.Reason.UNKNOWN_QUESTION);
        AnswerProblem problem = ((AnswerValidation.Invalid) validation).problems().get(0);
        assertThat(problem.question()).hasSizeLessThanOrEqualTo(61).doesNotContain("\u0000");
    }

    @Test
    @DisplayName("A question not asked for the treatment is refused")
    void notAsked() {
        Map<String, String> answers = new LinkedHashMap<>(clearAnswers(Set.of(CHEMICAL_PEEL)));
        answers.put("neuromuscular_disorder", "no");
        assertThat(reasons(submit(answers, Set.of(CHEMICAL_PEEL)))).containsExactly(AnswerProblem.Reason.NOT_ASKED);
    }

    @Test
    @DisplayName("A question left out is refused as missing")
    void missing() {
        Map<String, String> answers = new LinkedHashMap<>(clearAnswers(Set.of(ANTI_WRINKLE)));
        answers.remove("anticoagulants");
        assertThat(reasons(submit(answers, Set.of(ANTI_WRINKLE)))).containsExactly(AnswerProblem.Reason.MISSING_ANSWER);
    }

    @Test
    @DisplayName("A follow-up is required when its parent answer calls for it, and refused when it does not")
    void followUps() {
        Map<String, String> stopped = new LinkedHashMap<>(clearAnswers(Set.of(CHEMICAL_PEEL)));
        stopped.put("isotretinoin", "STOPPED");
        assertThat(reasons(submit(stopped, Set.of(CHEMICAL_PEEL)))).containsExactly(AnswerProblem.Reason.MISSING_ANSWER);
        stopped.put("isotretinoin_stopped_on", "2026-01-10");
        assertThat(submit(stopped, Set.of(CHEMICAL_PEEL))).isInstanceOf(AnswerValidation.Valid.class);

        Map<String, String> never = new LinkedHashMap<>(clearAnswers(Set.of(CHEMICAL_PEEL)));
        never.put("isotretinoin_stopped_on", "2026-01-10");
        assertThat(reasons(submit(never, Set.of(CHEMICAL_PEEL)))).containsExactly(AnswerProblem.Reason.NOT_ASKED);
    }

    @Test
    @DisplayName("A date answer must be a real date no later than the day of answering")
    void dates() {
        Map<String, String> answers = new LinkedHashMap<>(clearAnswers(Set.of(CHEMICAL_PEEL)));
        answers.put("isotretinoin", "STOPPED");
        for (String bad : List.of("2026-13-01", "yesterday", "2026-06-02", "1899-12-31", "")) {
            answers.put("isotretinoin_stopped_on", bad);
            assertThat(reasons(submit(answers, Set.of(CHEMICAL_PEEL)))).as(bad)
                    .containsExactly(AnswerProblem.Reason.MALFORMED_ANSWER);
        }
        answers.put("isotretinoin_stopped_on", "2026-06-01");
        assertThat(submit(answers, Set.of(CHEMICAL_PEEL))).isInstanceOf(AnswerValidation.Valid.class);
    }

    @Test
    @DisplayName("A choice answer must be one of the options, exactly")
    void choices() {
        Map<String, String> answers = new LinkedHashMap<>(clearAnswers(Set.of(CHEMICAL_PEEL)));
        answers.put("isotretinoin", "never");
        assertThat(reasons(submit(answers, Set.of(CHEMICAL_PEEL))))
                .containsExactly(AnswerProblem.Reason.MALFORMED_ANSWER);
    }

    @Test
    @DisplayName("Answers given to another questionnaire version are refused as a whole")
    void wrongVersion() {
        AnswerValidation validation = questionnaire.validate("Q0", clearAnswers(Set.of(ANTI_WRINKLE)),
                Set.of(ANTI_WRINKLE), TODAY);
        assertThat(reasons(validation)).containsExactly(AnswerProblem.Reason.WRONG_QUESTIONNAIRE_VERSION);
    }

    @Test
    @DisplayName("Answers never print their values, so they cannot leak into a log")
    void redacted() {
        Map<String, String> answers = new LinkedHashMap<>(clearAnswers(Set.of(ANTI_WRINKLE)));
        answers.put("pregnant_or_breastfeeding", "yes");
        Answers valid = ((AnswerValidation.Valid) submit(answers, Set.of(ANTI_WRINKLE))).answers();
        assertThat(valid.toString()).doesNotContain("yes").doesNotContain("pregnant");
        assertThat(valid.get(SafetyFixtures.PREGNANT).orElseThrow().toString()).doesNotContain("true");
    }

    @Test
    @DisplayName("A questionnaire whose follow-up names a parent that comes later, or an impossible answer, is refused")
    void consistentQuestionnaire() {
        Question followUp = new Question(new QuestionId("when_stopped"), "When?", AnswerType.DATE, List.of(),
                Set.of(CHEMICAL_PEEL), Optional.of(new Question.FollowUp(new QuestionId("isotretinoin"), "SOMETIMES")));
        Question parent = new Question(new QuestionId("isotretinoin"), "Isotretinoin?", AnswerType.CHOICE,
                List.of("NEVER", "STOPPED"), Set.of(CHEMICAL_PEEL), Optional.empty());
        assertThatThrownBy(() -> new Questionnaire("X", List.of(followUp, parent))).hasMessageContaining("before it");
        assertThatThrownBy(() -> new Questionnaire("X", List.of(parent, followUp)))
                .hasMessageContaining("cannot have");
    }
}
