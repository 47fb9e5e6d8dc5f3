package com.laca.domain.safety;

import static com.laca.domain.clinic.TreatmentCategory.ANTI_WRINKLE;
import static com.laca.domain.clinic.TreatmentCategory.CHEMICAL_PEEL;
import static com.laca.domain.clinic.TreatmentCategory.DERMAL_FILLER;
import static com.laca.domain.clinic.TreatmentCategory.LASER;
import static com.laca.domain.clinic.TreatmentCategory.MICRONEEDLING;

import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.ConsentFixtures;
import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.consent.ConsentTemplate;
import com.laca.domain.consent.ConsentTemplates;
import com.laca.domain.consent.CourseId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A small rule set and builders for clients, places and times, so each specification states only what matters. */
final class SafetyFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Set<TreatmentCategory> TREATMENTS = EnumSet.of(ANTI_WRINKLE, DERMAL_FILLER, CHEMICAL_PEEL, LASER,
            MICRONEEDLING);
    static final Set<TreatmentCategory> RESURFACING = EnumSet.of(CHEMICAL_PEEL, LASER, MICRONEEDLING);

    static final QuestionId PREGNANT = new QuestionId("pregnant_or_breastfeeding");
    static final QuestionId NEUROMUSCULAR = new QuestionId("neuromuscular_disorder");
    static final QuestionId ANTICOAGULANTS = new QuestionId("anticoagulants");
    static final QuestionId KELOID = new QuestionId("keloid_scarring");
    static final QuestionId ISOTRETINOIN = new QuestionId("isotretinoin");
    static final QuestionId ISOTRETINOIN_STOPPED = new QuestionId("isotretinoin_stopped_on");

    private SafetyFixtures() {
    }

    static Questionnaire questionnaire(String version) {
        return new Questionnaire(version, List.of(
                yesNo(PREGNANT, "Are you pregnant or breastfeeding?", TREATMENTS),
                yesNo(NEUROMUSCULAR, "Do you have myasthenia gravis or another neuromuscular disorder?",
                        Set.of(ANTI_WRINKLE)),
                yesNo(ANTICOAGULANTS, "Do you take blood thinners?", Set.of(ANTI_WRINKLE, DERMAL_FILLER)),
                yesNo(KELOID, "Do you form raised (keloid) scars?", TREATMENTS),
                new Question(ISOTRETINOIN, "Have you taken isotretinoin (Roaccutane)?", AnswerType.CHOICE,
                        List.of("NEVER", "CURRENTLY", "STOPPED"), RESURFACING, Optional.empty()),
                new Question(ISOTRETINOIN_STOPPED, "When did you stop?", AnswerType.DATE, List.of(), RESURFACING,
                        Optional.of(new Question.FollowUp(ISOTRETINOIN, "STOPPED")))));
    }

    static Question yesNo(QuestionId id, String text, Set<TreatmentCategory> categories) {
        return new Question(id, text, AnswerType.YES_NO, List.of(), categories, Optional.empty());
    }

    static List<ContraindicationRule> rules() {
        return List.of(
                rule("pregnancy", TREATMENTS, new Condition.Yes(PREGNANT), RuleOutcome.block()),
                rule("neuromuscular", Set.of(ANTI_WRINKLE), new Condition.Yes(NEUROMUSCULAR), RuleOutcome.block()),
                rule("anticoagulants", Set.of(ANTI_WRINKLE, DERMAL_FILLER), new Condition.Yes(ANTICOAGULANTS),
                        RuleOutcome.prescriberReview()),
                rule("keloid", TREATMENTS, new Condition.Yes(KELOID), RuleOutcome.caution()),
                rule("isotretinoin-current", RESURFACING, new Condition.ChoiceIn(ISOTRETINOIN, Set.of("CURRENTLY")),
                        RuleOutcome.block()),
                rule("isotretinoin-recent", RESURFACING, new Condition.ChoiceIn(ISOTRETINOIN, Set.of("STOPPED")),
                        RuleOutcome.deferUntil(ISOTRETINOIN_STOPPED, Period.ofMonths(6))));
    }

    static ContraindicationRule rule(String id, Set<TreatmentCategory> categories, Condition when, RuleOutcome outcome) {
        return new ContraindicationRule(id, categories, when, outcome, "Client words for " + id,
                "Clinical note for " + id);
    }

    static RuleSet ruleSet() {
        return new RuleSet("T1", questionnaire("Q1"), rules());
    }

    /** Answers that match no rule, for the given categories. */
    static Map<String, String> clearAnswers(Set<TreatmentCategory> categories) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : questionnaire("Q1").questionsFor(categories)) {
            if (question.askedIf().isEmpty()) {
                answers.put(question.id().value(), question.type() == AnswerType.CHOICE ? "NEVER" : "no");
            }
        }
        return answers;
    }

    static Answers answers(Map<String, String> raw, Set<TreatmentCategory> categories, LocalDate on) {
        AnswerValidation validation = questionnaire("Q1").validate("Q1", raw, categories, on);
        if (validation instanceof AnswerValidation.Valid valid) {
            return valid.answers();
        }
        throw new AssertionError("fixture answers invalid: " + ((AnswerValidation.Invalid) validation).problems());
    }

    static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON).toInstant();
    }

    static LocationSafetyFacts chelsea() {
        return new LocationSafetyFacts(LocationId.random(), LONDON, england(), List.of());
    }

    /** England as the shipped jurisdictions file models it: 18 for toxin and filler, a direction for toxin only. */
    static Jurisdiction england() {
        return new Jurisdiction("GB-ENG", "England", "J1", Map.of(ANTI_WRINKLE, 18, DERMAL_FILLER, 18),
                Set.of(ANTI_WRINKLE), EnumSet.allOf(RegisterBody.class), true);
    }

    /** England's rules without its doctor's-direction exception, named as a fallback, as the shipped file has them. */
    static Jurisdiction fallbackTo(JurisdictionCode where) {
        Jurisdiction england = england();
        return new Jurisdiction(where.code(), where.displayName(), "J1", england.minimumAges(), Set.of(),
                england.prescriberRegisters(), true, Optional.of("LACA models only England's law, so England's age "
                + "restriction applies in " + where.displayName() + " as the stricter rule, without its "
                + "doctor's-direction exception"));
    }

    /** The catalogue the shipped file describes: England's own law, and the stricter fallback for the others. */
    static Jurisdictions jurisdictions() {
        return new Jurisdictions(List.of(england(), fallbackTo(JurisdictionCode.WALES),
                fallbackTo(JurisdictionCode.SCOTLAND), fallbackTo(JurisdictionCode.NORTHERN_IRELAND)));
    }

    static Prescriber prescriber() {
        return new Prescriber(PractitionerId.random(), "Priya Shah RN", new PrescriberRegistration(RegisterBody.NMC,
                "12A3456E"));
    }

    /** A mutable description of a client, turned into facts when the case is built. */
    static final class ClientBuilder {
        final ClientId id = ClientId.random();
        Optional<LocalDate> dateOfBirth = Optional.of(LocalDate.of(1990, 4, 15));
        final List<Screening> screenings = new ArrayList<>();
        final List<PrescriberDecision> decisions = new ArrayList<>();
        final List<Consultation> consultations = new ArrayList<>();
        final List<Prescription> prescriptions = new ArrayList<>();
        final List<IdCheck> idChecks = new ArrayList<>();
        final List<DoctorsDirection> directions = new ArrayList<>();
        final List<ConsentRecord> consents = new ArrayList<>();

        ClientBuilder bornOn(LocalDate date) {
            dateOfBirth = Optional.of(date);
            return this;
        }

        Screening screened(Map<String, String> raw, Set<TreatmentCategory> categories, Instant at) {
            Screening screening = Screening.answered(ScreeningId.random(), id, "Q1", categories,
                    answers(raw, categories, LocalDate.ofInstant(at, LONDON)), at);
            screenings.add(screening);
            return screening;
        }

        Consultation consulted(TreatmentCategory category, ConsultationMode mode, Instant at) {
            Consultation consultation = new Consultation(ConsultationId.random(), id, category, prescriber(), mode, at);
            consultations.add(consultation);
            return consultation;
        }

        Prescription prescribed(Consultation consultation, Instant at) {
            Prescription prescription = new Prescription(PrescriptionId.random(), consultation,
                    consultation.prescriber(), id, "Botulinum toxin type A, 50 units", at);
            prescriptions.add(prescription);
            return prescription;
        }

        /** Signs the template in effect for the category for the fixtures' course, an hour before {@code at}. */
        ClientBuilder consented(TreatmentCategory category, Instant at) {
            ConsentTemplate template = TEMPLATES.effective(category, ConsentFixtures.ENGLAND,
                    LocalDate.ofInstant(at, LONDON)).orElseThrow();
            consents.add(ConsentFixtures.signed(id, COURSE, template, at.minusSeconds(3600)));
            return this;
        }

        ClientSafetyFacts facts() {
            return new ClientSafetyFacts(id, dateOfBirth, screenings, decisions, consultations, prescriptions,
                    idChecks, directions, consents);
        }
    }

    static SafetyCase booking(ClientBuilder client, TreatmentCategory category, Instant start, Instant now) {
        return new SafetyCase(SafetyStage.BOOKING, client.facts(), category, COURSE, Optional.empty(), chelsea(),
                start, now);
    }

    static SafetyCase checkIn(ClientBuilder client, TreatmentCategory category, Instant start) {
        return new SafetyCase(SafetyStage.CHECK_IN, client.facts(), category, COURSE, Optional.empty(), chelsea(),
                start, start.minusSeconds(600));
    }

    static final CourseId COURSE = CourseId.random();

    static TreatmentSafetyPolicy policy() {
        return policy(SafetySettings.defaults());
    }

    /** Version 1 of a consent template for every treatment category, in effect since 2025. */
    static final ConsentTemplates TEMPLATES = new ConsentTemplates(TREATMENTS.stream()
            .map(category -> ConsentFixtures.template(category, 1, LocalDate.of(2025, 1, 1))).toList());

    static TreatmentSafetyPolicy policy(SafetySettings settings) {
        return new TreatmentSafetyPolicy(ruleSet(), settings, TEMPLATES);
    }

    static List<SafetyReason> reasons(SafetyVerdict verdict) {
        return verdict instanceof SafetyVerdict.Refused refused
                ? refused.reasons().stream().map(SafetyRefusal::reason).toList()
                : List.of();
    }
}
