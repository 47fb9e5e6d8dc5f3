package com.laca.domain.safety;

import com.laca.domain.clinic.ClinicalProfile;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.ConsentProblem;
import com.laca.domain.consent.ConsentRequirement;
import com.laca.domain.consent.ConsentTemplates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one clinical-safety and legal decision point: booking (public and staff), rescheduling and check-in all ask it,
 * and it answers allow or a typed refusal with every reason, so no path can book or start an unsafe or unlawful
 * treatment by forgetting a check.
 *
 * <p>It reads the category's {@link ClinicalProfile} to know which gates apply, the location's {@link Jurisdiction}
 * for the law, the tenant's {@link SafetySettings} for the windows, the current {@link RuleSet} for the
 * contraindications and the tenant's {@link ConsentTemplates} for consent. All dates are local dates in the
 * location's zone. It never clears a {@link OutcomeKind#BLOCK}; only a recorded {@link PrescriberDecision} clears a
 * {@link OutcomeKind#PRESCRIBER_REVIEW}. Stateless apart from its configuration, and thread-safe.
 */
public final class TreatmentSafetyPolicy {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final RuleSet ruleSet;
    private final SafetySettings settings;
    private final ConsentTemplates templates;
    private final ContraindicationEvaluator evaluator = new ContraindicationEvaluator();

    public TreatmentSafetyPolicy(RuleSet ruleSet, SafetySettings settings, ConsentTemplates templates) {
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** Allow, or every reason to refuse, for one client, treatment, practitioner, place and time. */
    public SafetyVerdict check(SafetyCase c) {
        ClinicalProfile profile = c.category().clinicalProfile();
        ZoneId zone = c.location().zone();
        LocalDate treatmentDate = LocalDate.ofInstant(c.start(), zone);
        List<SafetyRefusal> refusals = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();

        ageGate(c, treatmentDate, refusals);
        Optional<ScreeningOutcome> outcome = profile.screening()
                ? screeningGate(c, treatmentDate, refusals, notes) : Optional.empty();
        if (profile.needsPrescriberConsultation()) {
            prescriberGate(c, refusals);
        }
        if (profile.licensedProcedure() && settings.licensingEnforced()) {
            licenceGate(c, treatmentDate, refusals);
        }
        if (profile.consent() && c.stage().isBeforeTreatment()) {
            consentGate(c, refusals);
        }
        return refusals.isEmpty()
                ? new SafetyVerdict.Allowed(outcome, notes)
                : new SafetyVerdict.Refused(outcome, refusals);
    }

    /** The rule set this policy applies, so callers can record its version with what they store. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    private static void ageGate(SafetyCase c, LocalDate treatmentDate, List<SafetyRefusal> refusals) {
        Jurisdiction law = c.location().jurisdiction();
        if (!law.restricts(c.category())) {
            return;
        }
        Optional<LocalDate> recorded = c.client().dateOfBirth();
        if (recorded.isEmpty()) {
            refusals.add(SafetyRefusal.of(SafetyReason.DATE_OF_BIRTH_REQUIRED,
                    c.category() + " is age-restricted in " + law.name() + law.fallback().map(why -> " (" + why
                            + ")").orElse("") + "; no date of birth is recorded (" + law.citation() + ")"));
            return;
        }
        int minimumAge = law.minimumAge(c.category());
        LocalDate birthday = birthdayOfAge(recorded.get(), minimumAge);
        if (treatmentDate.isBefore(birthday)) {
            boolean directed = law.allowsDoctorsDirection(c.category()) && c.client().directions().stream()
                    .anyMatch(d -> d.category() == c.category() && !d.recordedAt().isAfter(c.now()));
            if (!directed) {
                refusals.add(new SafetyRefusal(SafetyReason.UNDER_MINIMUM_AGE, law.fallback()
                        .map(why -> "In " + law.name() + " this treatment is not given to anyone under " + minimumAge
                                + " (" + why + ").")
                        .orElse("By law in " + law.name() + " this treatment cannot be given to anyone under "
                                + minimumAge + "."), List.of(),
                        List.of("Client is under " + minimumAge + " on " + DAY.format(treatmentDate)
                                + " (turns " + minimumAge + " on " + DAY.format(birthday) + "; " + law.citation()
                                + ")"),
                        Optional.of(birthday)));
                return;
            }
        }
        if (c.stage().isBeforeTreatment() && law.idCheckRequired()) {
            Optional<IdCheck> check = c.client().idChecks().stream()
                    .filter(i -> !i.checkedAt().isAfter(c.now()))
                    .max(Comparator.comparing(IdCheck::checkedAt));
            if (check.isEmpty()) {
                refusals.add(SafetyRefusal.of(SafetyReason.ID_CHECK_REQUIRED,
                        "No proof of age recorded for an age-restricted treatment"));
            } else if (!check.get().dateOfBirthShown().equals(recorded.get())) {
                refusals.add(SafetyRefusal.of(SafetyReason.DATE_OF_BIRTH_MISMATCH,
                        "The " + check.get().documentType() + " seen shows another date of birth than the record"));
            }
        }
    }

    /**
     * The date someone reaches an age; born on 29 February, they reach it on 1 March of a common year (as UK law
     * counts it), not on 28 February as {@link LocalDate#plusYears} would say.
     */
    static LocalDate birthdayOfAge(LocalDate dateOfBirth, int age) {
        LocalDate birthday = dateOfBirth.plusYears(age);
        return birthday.getDayOfMonth() < dateOfBirth.getDayOfMonth() ? birthday.plusDays(1) : birthday;
    }

    private Optional<ScreeningOutcome> screeningGate(SafetyCase c, LocalDate treatmentDate,
                                                     List<SafetyRefusal> refusals, List<Finding> notes) {
        ZoneId zone = c.location().zone();
        boolean beforeTreatment = c.stage().isBeforeTreatment();
        Optional<Screening> latest = c.client().screenings().stream()
                .filter(s -> s.covers(c.category()) && !s.answeredAt().isAfter(c.now()))
                .max(Comparator.comparing(Screening::answeredAt));
        if (!beforeTreatment) {
            LocalDate today = LocalDate.ofInstant(c.now(), zone);
            latest = latest.filter(s -> s.isValidOn(today, zone, settings));
        }
        if (latest.isEmpty()) {
            if (beforeTreatment) {
                refusals.add(SafetyRefusal.of(SafetyReason.SCREENING_REQUIRED,
                        "No screening covers " + c.category()));
            }
            return Optional.empty();
        }
        Screening screening = latest.get();
        ScreeningOutcome outcome = evaluator.evaluate(ruleSet, screening.answers(), c.category());
        if (beforeTreatment) {
            if (!screening.isValidOn(treatmentDate, zone, settings)) {
                refusals.add(SafetyRefusal.of(SafetyReason.SCREENING_EXPIRED, "Screening answered "
                        + DAY.format(LocalDate.ofInstant(screening.answeredAt(), zone)) + " is older than "
                        + settings.screeningValidity() + " on " + DAY.format(treatmentDate)));
            } else if (!screening.isReconfirmedFor(c.start(), zone, settings)) {
                refusals.add(SafetyRefusal.of(SafetyReason.SCREENING_NOT_RECONFIRMED, "Screening last confirmed "
                        + DAY.format(LocalDate.ofInstant(screening.confirmedAt(), zone)) + ", not within "
                        + settings.reconfirmationWindow() + " before the treatment"));
            }
            if (!outcome.isComplete()) {
                refusals.add(SafetyRefusal.of(SafetyReason.SCREENING_INCOMPLETE, "Rule set " + outcome.ruleSetVersion()
                        + " needs answers to " + outcome.unanswered() + ", not asked in questionnaire "
                        + screening.questionnaireVersion()));
            }
        }
        List<Finding> blocks = outcome.findingsOf(OutcomeKind.BLOCK);
        if (!blocks.isEmpty()) {
            refusals.add(findingRefusal(SafetyReason.CONTRAINDICATED, SafetyReason.CONTRAINDICATED.defaultExplanation(),
                    blocks, outcome, Optional.empty()));
        }
        reviewGate(c, screening, outcome, refusals, notes);
        List<Finding> deferrals = outcome.findingsOf(OutcomeKind.DEFER_UNTIL).stream()
                .filter(f -> treatmentDate.isBefore(f.deferredUntil().orElseThrow())).toList();
        if (!deferrals.isEmpty()) {
            LocalDate from = deferrals.stream().map(f -> f.deferredUntil().orElseThrow())
                    .max(LocalDate::compareTo).orElseThrow();
            refusals.add(findingRefusal(SafetyReason.DEFERRED,
                    "This treatment can take place from " + DAY.format(from) + ".", deferrals, outcome,
                    Optional.of(from)));
        }
        notes.addAll(outcome.findingsOf(OutcomeKind.CAUTION));
        return Optional.of(outcome);
    }

    private static void reviewGate(SafetyCase c, Screening screening, ScreeningOutcome outcome,
                                   List<SafetyRefusal> refusals, List<Finding> notes) {
        List<Finding> pending = new ArrayList<>();
        List<Finding> declined = new ArrayList<>();
        for (Finding finding : outcome.findingsOf(OutcomeKind.PRESCRIBER_REVIEW)) {
            Optional<PrescriberDecision> decision = c.client().decisions().stream()
                    .filter(d -> d.decides(screening.id(), finding) && !d.decidedAt().isAfter(c.now()))
                    .max(Comparator.comparing(PrescriberDecision::decidedAt));
            if (decision.isEmpty()) {
                pending.add(finding);
            } else if (decision.get().verdict() == PrescriberDecision.Verdict.DECLINED) {
                declined.add(finding);
            } else {
                notes.add(finding);
            }
        }
        if (!declined.isEmpty()) {
            refusals.add(findingRefusal(SafetyReason.PRESCRIBER_DECLINED,
                    SafetyReason.PRESCRIBER_DECLINED.defaultExplanation(), declined, outcome, Optional.empty()));
        }
        if (!pending.isEmpty() && c.stage().isBeforeTreatment()) {
            refusals.add(findingRefusal(SafetyReason.PRESCRIBER_REVIEW_PENDING,
                    SafetyReason.PRESCRIBER_REVIEW_PENDING.defaultExplanation(), pending, outcome, Optional.empty()));
        } else {
            notes.addAll(pending);
        }
    }

    private static SafetyRefusal findingRefusal(SafetyReason reason, String explanation, List<Finding> findings,
                                                ScreeningOutcome outcome, Optional<LocalDate> allowedFrom) {
        return new SafetyRefusal(reason, explanation,
                findings.stream().map(Finding::clientMessage).toList(),
                findings.stream().map(f -> "Rule " + f.ruleId() + " (rule set " + outcome.ruleSetVersion() + ", "
                        + f.kind() + "): " + f.clinicalNote()).toList(),
                allowedFrom);
    }

    private void prescriberGate(SafetyCase c, List<SafetyRefusal> refusals) {
        ZoneId zone = c.location().zone();
        Jurisdiction law = c.location().jurisdiction();
        List<Consultation> supporting = c.client().consultations().stream()
                .filter(k -> !k.completedAt().isAfter(c.now()))
                .filter(k -> law.prescriberRegisters().contains(k.prescriber().registration().body()))
                .filter(k -> k.supports(c.client().client(), c.category(), c.start(), zone, settings))
                .toList();
        if (supporting.isEmpty()) {
            refusals.add(SafetyRefusal.of(SafetyReason.PRESCRIBER_CONSULTATION_REQUIRED,
                    "No face-to-face prescriber consultation for " + c.category() + " completed within "
                            + settings.consultationValidity() + " before " + DAY.format(LocalDate.ofInstant(c.start(),
                            zone)) + " by a prescriber on a register " + law.citation() + " accepts (video and "
                            + "phone consultations never count)"));
            return;
        }
        Duration reflection = settings.reflectionPeriod(c.category());
        List<Consultation> reflected = supporting.stream()
                .filter(k -> !k.completedAt().plus(reflection).isAfter(c.start())).toList();
        if (reflected.isEmpty()) {
            Instant earliest = supporting.stream().map(k -> k.completedAt().plus(reflection))
                    .min(Instant::compareTo).orElseThrow();
            LocalDate from = LocalDate.ofInstant(earliest, zone);
            refusals.add(new SafetyRefusal(SafetyReason.REFLECTION_PERIOD,
                    "This treatment can take place from " + DAY.format(from)
                            + ", after the reflection period following your consultation.",
                    List.of(), List.of("Reflection period " + reflection + " after the consultation has not passed"),
                    Optional.of(from)));
            return;
        }
        if (c.stage().isBeforeTreatment()) {
            boolean prescribed = c.client().prescriptions().stream()
                    .anyMatch(p -> !p.issuedAt().isAfter(c.now()) && reflected.stream()
                            .anyMatch(k -> k.id().equals(p.consultation().id())));
            if (!prescribed) {
                refusals.add(SafetyRefusal.of(SafetyReason.PRESCRIPTION_REQUIRED,
                        "No prescription linked to a valid face-to-face consultation for this client"));
            }
        }
    }

    private void licenceGate(SafetyCase c, LocalDate treatmentDate, List<SafetyRefusal> refusals) {
        c.practitioner().ifPresent(practitioner -> {
            if (practitioner.licences().stream().noneMatch(l -> l.isValidFor(c.category(), treatmentDate))) {
                refusals.add(SafetyRefusal.of(SafetyReason.PRACTITIONER_NOT_LICENSED,
                        "Practitioner " + practitioner.practitioner() + " holds no licence (with insurance) for "
                                + c.category() + " valid on " + DAY.format(treatmentDate)));
            }
        });
        if (c.location().licences().stream().noneMatch(l -> l.isValidFor(c.category(), treatmentDate))) {
            refusals.add(SafetyRefusal.of(SafetyReason.PREMISES_NOT_LICENSED,
                    "Location " + c.location().location() + " holds no premises licence (with insurance) for "
                            + c.category() + " valid on " + DAY.format(treatmentDate)));
        }
    }

    private void consentGate(SafetyCase c, List<SafetyRefusal> refusals) {
        LocalDate today = LocalDate.ofInstant(c.now(), c.location().zone());
        Optional<ConsentProblem> problem = ConsentRequirement.forCheckIn(c.client().consents(), c.client().client(),
                c.course(), c.category(), c.now(),
                templates.effective(c.category(), c.location().jurisdiction().code(), today));
        problem.ifPresent(p -> refusals.add(new SafetyRefusal(
                p.reason() == ConsentProblem.Reason.NO_TEMPLATE_IN_EFFECT
                        ? SafetyReason.CONSENT_TEMPLATE_MISSING : SafetyReason.CONSENT_NOT_SIGNED,
                p.message(), List.of(), List.of(p.message()), Optional.empty())));
    }
}
