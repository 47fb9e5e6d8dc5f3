package com.laca.benchmarks;

import com.laca.adapter.rules.json.JsonJurisdictionsSource;
import com.laca.adapter.rules.json.JsonRuleSetSource;
import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.ConsentTemplates;
import com.laca.domain.consent.CourseId;
import com.laca.domain.safety.AnswerValidation;
import com.laca.domain.safety.Answers;
import com.laca.domain.safety.ClientSafetyFacts;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.ConsultationId;
import com.laca.domain.safety.ConsultationMode;
import com.laca.domain.safety.ContraindicationEvaluator;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.Jurisdiction;
import com.laca.domain.safety.Licence;
import com.laca.domain.safety.LicenceTier;
import com.laca.domain.safety.LocationSafetyFacts;
import com.laca.domain.safety.PractitionerSafetyFacts;
import com.laca.domain.safety.Prescriber;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.safety.RuleSet;
import com.laca.domain.safety.SafetyCase;
import com.laca.domain.safety.SafetySettings;
import com.laca.domain.safety.SafetyStage;
import com.laca.domain.safety.SafetyVerdict;
import com.laca.domain.safety.Screening;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.safety.ScreeningOutcome;
import com.laca.domain.safety.TreatmentSafetyPolicy;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures the clinical-safety rules against the target: evaluating the full shipped rule set (loaded from
 * the real JSON file) for one client and one treatment in at most 20 µs; the whole policy at booking is measured too,
 * for reference. The client is a dermal filler client whose answers trigger a review, a caution and nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SafetyBenchmark {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Jurisdiction ENGLAND = JsonJurisdictionsSource.bundled().current()
            .of(JurisdictionCode.ENGLAND);
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    private final ContraindicationEvaluator evaluator = new ContraindicationEvaluator();
    private RuleSet rules;
    private Answers answers;
    private TreatmentSafetyPolicy policy;
    private SafetyCase booking;
    private TreatmentSafetyPolicy strictPolicy;
    private SafetyCase everyLegalGate;

    @Setup
    public void setUp() {
        rules = JsonRuleSetSource.bundled().current();
        Map<String, String> raw = new LinkedHashMap<>();
        rules.questionnaire().questionsFor(Set.of(TreatmentCategory.DERMAL_FILLER)).stream()
                .filter(q -> q.askedIf().isEmpty()).forEach(q -> raw.put(q.id().value(), "no"));
        raw.put("anticoagulants", "yes");
        raw.put("keloid_scarring", "yes");
        AnswerValidation validation = rules.questionnaire().validate(rules.questionnaire().version(), raw,
                Set.of(TreatmentCategory.DERMAL_FILLER), LocalDate.of(2026, 6, 1));
        answers = ((AnswerValidation.Valid) validation).answers();

        ClientId client = ClientId.random();
        Screening screening = Screening.answered(ScreeningId.random(), client, rules.questionnaire().version(),
                Set.of(TreatmentCategory.DERMAL_FILLER), answers, NOW.minusSeconds(86_400));
        Consultation consultation = new Consultation(ConsultationId.random(), client, TreatmentCategory.DERMAL_FILLER,
                new Prescriber(PractitionerId.random(), "Priya Shah RN",
                        new PrescriberRegistration(RegisterBody.NMC, "12A3456E")),
                ConsultationMode.FACE_TO_FACE, NOW.minusSeconds(3600));
        ClientSafetyFacts facts = new ClientSafetyFacts(client, Optional.of(LocalDate.of(1990, 4, 15)),
                List.of(screening), List.of(), List.of(consultation), List.of(), List.of(), List.of(), List.of());
        policy = new TreatmentSafetyPolicy(rules, SafetySettings.defaults(), new ConsentTemplates(List.of()));
        booking = new SafetyCase(SafetyStage.BOOKING, facts, TreatmentCategory.DERMAL_FILLER, CourseId.random(),
                Optional.empty(), new LocationSafetyFacts(LocationId.random(), LONDON, ENGLAND,
                List.of()), Instant.parse("2026-06-10T10:00:00Z"), NOW);
        everyLegalGate = everyLegalGate();
        strictPolicy = new TreatmentSafetyPolicy(rules, SafetySettings.defaults().withLicensingEnforced(true)
                .withReflectionPeriod(TreatmentCategory.ANTI_WRINKLE, Duration.ofHours(48)),
                new ConsentTemplates(List.of()));
        if (!(policyEveryLegalGate() instanceof SafetyVerdict.Allowed)) {
            throw new IllegalStateException("the legal-gates client no longer passes every gate");
        }
        if (evaluateRuleSet().findings().size() != 2 || !(policyAtBooking() instanceof SafetyVerdict.Allowed)) {
            throw new IllegalStateException("the benchmark client no longer matches its description");
        }
    }

    /** The contraindication rules of the shipped set for dermal filler, over one client's answers. */
    @Benchmark
    public ScreeningOutcome evaluateRuleSet() {
        return evaluator.evaluate(rules, answers, TreatmentCategory.DERMAL_FILLER);
    }

    /** The whole safety policy at booking (age, screening with rules, prescriber review state), for reference. */
    @Benchmark
    public SafetyVerdict policyAtBooking() {
        return policy.check(booking);
    }

    /**
     * A 17-year-old booked by staff for toxin on a doctor's direction: the age gate with the direction, the toxin
     * screening through the shipped rules, the face-to-face consultation with a 48-hour reflection period, and
     * licensing enforced for the practitioner and the premises.
     */
    private SafetyCase everyLegalGate() {
        ClientId client = ClientId.random();
        Map<String, String> raw = new LinkedHashMap<>();
        rules.questionnaire().questionsFor(Set.of(TreatmentCategory.ANTI_WRINKLE)).stream()
                .filter(q -> q.askedIf().isEmpty()).forEach(q -> raw.put(q.id().value(), "no"));
        Answers toxinAnswers = ((AnswerValidation.Valid) rules.questionnaire().validate(
                rules.questionnaire().version(), raw, Set.of(TreatmentCategory.ANTI_WRINKLE),
                LocalDate.of(2026, 6, 1))).answers();
        Screening screening = Screening.answered(ScreeningId.random(), client, rules.questionnaire().version(),
                Set.of(TreatmentCategory.ANTI_WRINKLE), toxinAnswers, NOW.minusSeconds(86_400));
        Consultation consultation = new Consultation(ConsultationId.random(), client, TreatmentCategory.ANTI_WRINKLE,
                new Prescriber(PractitionerId.random(), "Dr Amelia Hart",
                        new PrescriberRegistration(RegisterBody.GMC, "7012345")),
                ConsultationMode.FACE_TO_FACE, NOW.minusSeconds(7 * 86_400));
        DoctorsDirection direction = new DoctorsDirection(client, TreatmentCategory.ANTI_WRINKLE, "Dr Amelia Hart",
                new PrescriberRegistration(RegisterBody.GMC, "7012345"), "Severe primary axillary hyperhidrosis",
                UserId.random(), NOW.minusSeconds(3600));
        ClientSafetyFacts facts = new ClientSafetyFacts(client, Optional.of(LocalDate.of(2009, 1, 1)),
                List.of(screening), List.of(), List.of(consultation), List.of(), List.of(), List.of(direction),
                List.of());
        Licence licence = new Licence("LIC-1", new LicenceTier("AMBER"), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 1, 31), Set.of(TreatmentCategory.ANTI_WRINKLE));
        return new SafetyCase(SafetyStage.BOOKING, facts, TreatmentCategory.ANTI_WRINKLE, CourseId.random(),
                Optional.of(new PractitionerSafetyFacts(PractitionerId.random(), List.of(licence))),
                new LocationSafetyFacts(LocationId.random(), LONDON, ENGLAND, List.of(licence)),
                Instant.parse("2026-06-10T10:00:00Z"), NOW);
    }

    /** The whole policy with every legal gate engaged (see {@link #everyLegalGate()}), for reference. */
    @Benchmark
    public SafetyVerdict policyEveryLegalGate() {
        return strictPolicy.check(everyLegalGate);
    }
}
