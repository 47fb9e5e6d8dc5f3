package com.laca.domain.safety;

import static com.laca.domain.clinic.TreatmentCategory.CHEMICAL_PEEL;
import static com.laca.domain.clinic.TreatmentCategory.DERMAL_FILLER;
import static com.laca.domain.safety.SafetyFixtures.booking;
import static com.laca.domain.safety.SafetyFixtures.checkIn;
import static com.laca.domain.safety.SafetyFixtures.clearAnswers;
import static com.laca.domain.safety.SafetyFixtures.london;
import static com.laca.domain.safety.SafetyFixtures.policy;
import static com.laca.domain.safety.SafetyFixtures.reasons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Screening: answers must be recent, reconfirmed, complete, and pass the rules in force")
class ScreeningGateTest {

    private static final Instant ANSWERED = london(2026, 1, 10, 9, 0);

    private static Map<String, String> peel(Map<String, String> changes) {
        Map<String, String> raw = new LinkedHashMap<>(clearAnswers(Set.of(CHEMICAL_PEEL)));
        raw.putAll(changes);
        return raw;
    }

    private static SafetyFixtures.ClientBuilder screenedForPeel(Map<String, String> changes, Instant at) {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        client.screened(peel(changes), Set.of(CHEMICAL_PEEL), at);
        client.consented(CHEMICAL_PEEL, at);
        return client;
    }

    @Test
    @DisplayName("Isotretinoin stopped exactly 6 months before the peel: allowed on that day, deferred the day before")
    void isotretinoinSixMonthsExactly() {
        SafetyFixtures.ClientBuilder client = screenedForPeel(Map.of("isotretinoin", "STOPPED",
                "isotretinoin_stopped_on", "2026-01-05"), ANSWERED);
        SafetyVerdict dayBefore = policy().check(booking(client, CHEMICAL_PEEL, london(2026, 7, 4, 16, 0), ANSWERED));
        assertThat(reasons(dayBefore)).containsExactly(SafetyReason.DEFERRED);
        SafetyRefusal refusal = ((SafetyVerdict.Refused) dayBefore).primary();
        assertThat(refusal.allowedFrom()).contains(LocalDate.of(2026, 7, 5));
        assertThat(refusal.explanation()).isEqualTo("This treatment can take place from 5 July 2026.");
        assertThat(reasons(policy().check(booking(client, CHEMICAL_PEEL, london(2026, 7, 5, 9, 0), ANSWERED))))
                .isEmpty();
    }

    @Test
    @DisplayName("A block is refused at booking and its public explanation names no medical detail")
    void blockedPublicWording() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        Map<String, String> raw = new LinkedHashMap<>(clearAnswers(Set.of(DERMAL_FILLER)));
        raw.put("pregnant_or_breastfeeding", "yes");
        client.screened(raw, Set.of(DERMAL_FILLER), ANSWERED);
        SafetyVerdict verdict = policy().check(booking(client, DERMAL_FILLER, london(2026, 2, 1, 10, 0), ANSWERED));
        SafetyRefusal refusal = ((SafetyVerdict.Refused) verdict).primary();
        assertThat(refusal.reason()).isEqualTo(SafetyReason.CONTRAINDICATED);
        assertThat(refusal.explanation()).doesNotContainIgnoringCase("pregnan");
        assertThat(refusal.forClient()).containsExactly("Client words for pregnancy");
        assertThat(refusal.forClinician()).singleElement().asString().contains("pregnancy").contains("rule set T1");
        assertThat(refusal.toString()).doesNotContain("pregnancy");
    }

    @Test
    @DisplayName("No software path clears a block: a prescriber decision can only be made on a review finding")
    void blockCannotBeCleared() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        Map<String, String> raw = new LinkedHashMap<>(clearAnswers(Set.of(DERMAL_FILLER)));
        raw.put("pregnant_or_breastfeeding", "yes");
        Screening screening = client.screened(raw, Set.of(DERMAL_FILLER), ANSWERED);
        ScreeningOutcome outcome = new ContraindicationEvaluator().evaluate(SafetyFixtures.ruleSet(),
                screening.answers(), DERMAL_FILLER);
        assertThatThrownBy(() -> PrescriberDecision.on(PrescriberDecisionId.random(), screening, outcome,
                outcome.findings().get(0), SafetyFixtures.prescriber(), PrescriberDecision.Verdict.APPROVED,
                "I know best", ANSWERED.plusSeconds(60))).hasMessageContaining("prescriber-review");
    }

    @Test
    @DisplayName("A prescriber review may be booked, is refused at check-in until decided, and only approval clears it")
    void prescriberReview() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        Instant start = london(2026, 2, 1, 10, 0);
        Map<String, String> raw = new LinkedHashMap<>(clearAnswers(Set.of(DERMAL_FILLER)));
        raw.put("anticoagulants", "yes");
        Screening screening = client.screened(raw, Set.of(DERMAL_FILLER), start.minusSeconds(3 * 86_400));
        client.idChecks.add(new IdCheck(IdCheckId.random(), client.id, UserId.random(), start.minusSeconds(1200),
                IdDocumentType.PASSPORT, client.dateOfBirth.orElseThrow()));
        client.consented(DERMAL_FILLER, start);

        assertThat(policy().check(booking(client, DERMAL_FILLER, start, ANSWERED)))
                .isInstanceOf(SafetyVerdict.Allowed.class);
        assertThat(reasons(policy().check(checkIn(client, DERMAL_FILLER, start))))
                .containsExactly(SafetyReason.PRESCRIBER_REVIEW_PENDING);

        ScreeningOutcome outcome = new ContraindicationEvaluator().evaluate(SafetyFixtures.ruleSet(),
                screening.answers(), DERMAL_FILLER);
        PrescriberDecision approval = PrescriberDecision.on(PrescriberDecisionId.random(), screening, outcome,
                outcome.findings().get(0), SafetyFixtures.prescriber(), PrescriberDecision.Verdict.APPROVED,
                "Apixaban; bruising risk discussed, pressure applied", start.minusSeconds(7200));
        assertThat(approval.ruleSetVersion()).isEqualTo("T1");
        client.decisions.add(approval);
        SafetyVerdict verdict = policy().check(checkIn(client, DERMAL_FILLER, start));
        assertThat(verdict).isInstanceOf(SafetyVerdict.Allowed.class);
        assertThat(((SafetyVerdict.Allowed) verdict).notes()).extracting(Finding::ruleId).contains("anticoagulants");
    }

    @Test
    @DisplayName("A prescriber's 'do not treat' refuses booking too")
    void declined() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        Map<String, String> raw = new LinkedHashMap<>(clearAnswers(Set.of(DERMAL_FILLER)));
        raw.put("anticoagulants", "yes");
        Screening screening = client.screened(raw, Set.of(DERMAL_FILLER), ANSWERED);
        ScreeningOutcome outcome = new ContraindicationEvaluator().evaluate(SafetyFixtures.ruleSet(),
                screening.answers(), DERMAL_FILLER);
        client.decisions.add(PrescriberDecision.on(PrescriberDecisionId.random(), screening, outcome,
                outcome.findings().get(0), SafetyFixtures.prescriber(), PrescriberDecision.Verdict.DECLINED,
                "Warfarin with unstable INR", ANSWERED.plusSeconds(3600)));
        assertThat(reasons(policy().check(booking(client, DERMAL_FILLER, london(2026, 2, 1, 10, 0),
                ANSWERED.plusSeconds(7200))))).containsExactly(SafetyReason.PRESCRIBER_DECLINED);
    }

    @Test
    @DisplayName("Booking without a screening is allowed (the pre-visit link collects it); check-in is not")
    void screeningRequiredAtCheckIn() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        Instant start = london(2026, 2, 1, 10, 0);
        client.consented(CHEMICAL_PEEL, start);
        assertThat(policy().check(booking(client, CHEMICAL_PEEL, start, ANSWERED)))
                .isInstanceOf(SafetyVerdict.Allowed.class);
        assertThat(reasons(policy().check(checkIn(client, CHEMICAL_PEEL, start))))
                .containsExactly(SafetyReason.SCREENING_REQUIRED);
    }

    @Test
    @DisplayName("A screening for a peel does not cover laser")
    void categoryCoverage() {
        SafetyFixtures.ClientBuilder client = screenedForPeel(Map.of(), london(2026, 1, 30, 9, 0));
        client.consented(TreatmentCategory.LASER, london(2026, 2, 1, 10, 0));
        assertThat(reasons(policy().check(checkIn(client, TreatmentCategory.LASER, london(2026, 2, 1, 10, 0)))))
                .containsExactly(SafetyReason.SCREENING_REQUIRED);
    }

    @Test
    @DisplayName("Answers given on 10 January are valid for a treatment on 10 July and expired on 11 July")
    void screeningValidityEdges() {
        SafetyFixtures.ClientBuilder client = screenedForPeel(Map.of(), ANSWERED);
        Screening reconfirmed = client.screenings.get(0).reconfirmed(london(2026, 7, 9, 20, 0));
        client.screenings.set(0, reconfirmed);
        assertThat(reasons(policy().check(checkIn(client, CHEMICAL_PEEL, london(2026, 7, 10, 17, 0))))).isEmpty();
        assertThat(reasons(policy().check(checkIn(client, CHEMICAL_PEEL, london(2026, 7, 11, 9, 0)))))
                .containsExactly(SafetyReason.SCREENING_EXPIRED);
    }

    @Test
    @DisplayName("Answers must be reconfirmed within 7 days: on 1 February for a treatment on 8 February, not on 31 January")
    void reconfirmationEdges() {
        Instant start = london(2026, 2, 8, 10, 0);
        SafetyFixtures.ClientBuilder onEdge = screenedForPeel(Map.of(), london(2026, 2, 1, 0, 5));
        assertThat(reasons(policy().check(checkIn(onEdge, CHEMICAL_PEEL, start)))).isEmpty();
        SafetyFixtures.ClientBuilder tooEarly = screenedForPeel(Map.of(), london(2026, 1, 31, 23, 55));
        assertThat(reasons(policy().check(checkIn(tooEarly, CHEMICAL_PEEL, start))))
                .containsExactly(SafetyReason.SCREENING_NOT_RECONFIRMED);
        tooEarly.screenings.set(0, tooEarly.screenings.get(0).reconfirmed(london(2026, 2, 7, 12, 0)));
        assertThat(reasons(policy().check(checkIn(tooEarly, CHEMICAL_PEEL, start)))).isEmpty();
    }

    @Test
    @DisplayName("Rule-set change between screening and treatment: a new rule applies at treatment, stamped with the new version")
    void ruleSetChangeTriggersNewRule() {
        SafetyFixtures.ClientBuilder client = screenedForPeel(Map.of("keloid_scarring", "yes"),
                london(2026, 1, 30, 9, 0));
        Instant start = london(2026, 2, 1, 10, 0);
        assertThat(policy().check(checkIn(client, CHEMICAL_PEEL, start))).isInstanceOf(SafetyVerdict.Allowed.class);

        List<ContraindicationRule> stricter = new ArrayList<>(SafetyFixtures.rules());
        stricter.removeIf(r -> r.id().equals("keloid"));
        stricter.add(SafetyFixtures.rule("keloid", SafetyFixtures.TREATMENTS,
                new Condition.Yes(SafetyFixtures.KELOID), RuleOutcome.prescriberReview()));
        TreatmentSafetyPolicy v2 = new TreatmentSafetyPolicy(new RuleSet("T2", SafetyFixtures.questionnaire("Q1"),
                stricter), SafetySettings.defaults(), SafetyFixtures.TEMPLATES);
        SafetyVerdict verdict = v2.check(checkIn(client, CHEMICAL_PEEL, start));
        assertThat(reasons(verdict)).containsExactly(SafetyReason.PRESCRIBER_REVIEW_PENDING);
        assertThat(verdict.screening().orElseThrow().ruleSetVersion()).isEqualTo("T2");
    }

    @Test
    @DisplayName("Rule-set change that adds a question: the old screening is incomplete at check-in, never read as 'no'")
    void ruleSetChangeAddsQuestion() {
        SafetyFixtures.ClientBuilder client = screenedForPeel(Map.of(), london(2026, 1, 30, 9, 0));
        List<Question> questions = new ArrayList<>(SafetyFixtures.questionnaire("Q1").questions());
        QuestionId tan = new QuestionId("recent_tan");
        questions.add(SafetyFixtures.yesNo(tan, "Have you had a tan in the last 4 weeks?", Set.of(CHEMICAL_PEEL)));
        List<ContraindicationRule> rules = new ArrayList<>(SafetyFixtures.rules());
        rules.add(SafetyFixtures.rule("recent-tan", Set.of(CHEMICAL_PEEL), new Condition.Yes(tan), RuleOutcome.block()));
        TreatmentSafetyPolicy v2 = new TreatmentSafetyPolicy(new RuleSet("T2", new Questionnaire("Q2", questions),
                rules), SafetySettings.defaults(), SafetyFixtures.TEMPLATES);
        SafetyVerdict verdict = v2.check(checkIn(client, CHEMICAL_PEEL, london(2026, 2, 1, 10, 0)));
        assertThat(reasons(verdict)).containsExactly(SafetyReason.SCREENING_INCOMPLETE);
        assertThat(((SafetyVerdict.Refused) verdict).primary().forClinician().get(0)).contains("recent_tan");
    }
}
