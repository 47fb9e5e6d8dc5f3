package com.laca.application.safety.service;

import com.laca.application.booking.port.out.AppointmentRepository;
import com.laca.application.booking.port.out.ClientRepository;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.safety.port.in.DecideReviewCommand;
import com.laca.application.safety.port.in.QuestionnaireForTreatment;
import com.laca.application.safety.port.in.ScreeningResult;
import com.laca.application.safety.port.in.ScreeningUseCase;
import com.laca.application.safety.port.in.SubmitScreeningCommand;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.safety.port.out.RuleSetSource;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.OpaqueTokens;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Permission;
import com.laca.domain.safety.AnswerValidation;
import com.laca.domain.safety.ContraindicationEvaluator;
import com.laca.domain.safety.Finding;
import com.laca.domain.safety.Prescriber;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.PrescriberDecisionId;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.RuleSet;
import com.laca.domain.safety.Screening;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.safety.ScreeningOutcome;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The medical questionnaire's use cases: answers are validated against the current questionnaire version (nothing is
 * stored otherwise), stored with the version and time, and evaluated by the current rule set, whose version the
 * outcome carries; only a registered prescriber may decide a review, and no path can decide a block.
 */
public final class ScreeningService implements ScreeningUseCase {

    private final TransactionRunner tx;
    private final RuleSetSource rules;
    private final ClinicalRecordRepository records;
    private final TreatmentRepository treatments;
    private final LocationRepository locations;
    private final PractitionerRepository practitioners;
    private final AppointmentRepository appointments;
    private final ClientRepository clients;
    private final ZoneId defaultZone;
    private final Clock clock;
    private final ContraindicationEvaluator evaluator = new ContraindicationEvaluator();

    /** @param defaultZone the zone staff-entered answers are dated in (the jurisdiction's) */
    public ScreeningService(TransactionRunner tx, RuleSetSource rules, ClinicalRecordRepository records,
                            TreatmentRepository treatments, LocationRepository locations,
                            PractitionerRepository practitioners, AppointmentRepository appointments,
                            ClientRepository clients, ZoneId defaultZone, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.records = Objects.requireNonNull(records, "records");
        this.treatments = Objects.requireNonNull(treatments, "treatments");
        this.locations = Objects.requireNonNull(locations, "locations");
        this.practitioners = Objects.requireNonNull(practitioners, "practitioners");
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public QuestionnaireForTreatment questionnaire(TenantId tenant, TreatmentId treatmentId) {
        Treatment treatment = tx.inTenant(tenant, () -> treatments.find(treatmentId).filter(Treatment::active)
                .orElseThrow(() -> new NotFoundException("treatment", treatmentId)));
        RuleSet ruleSet = rules.current();
        TreatmentCategory category = treatment.category();
        return new QuestionnaireForTreatment(ruleSet.questionnaire().version(), category,
                category.clinicalProfile().screening()
                        ? ruleSet.questionnaire().questionsFor(Set.of(category)) : List.of());
    }

    @Override
    public ScreeningResult submitForBooking(TenantId tenant, String manageToken, SubmitScreeningCommand command) {
        if (!OpaqueTokens.tenantOf(manageToken).map(tenant::equals).orElse(false)) {
            throw new NotFoundException("booking", "for this link");
        }
        return tx.inTenant(tenant, () -> {
            AppointmentDetails booked = appointments.findByManageTokenHash(OpaqueTokens.hash(manageToken))
                    .orElseThrow(() -> new NotFoundException("booking", "for this link")).appointment().details();
            Treatment treatment = treatments.find(booked.treatment())
                    .orElseThrow(() -> new NotFoundException("treatment", booked.treatment()));
            ZoneId zone = locations.find(booked.location()).map(Location::zone).orElse(defaultZone);
            return submit(booked.client(), treatment.category(), command, zone);
        });
    }

    @Override
    public ScreeningResult submitByStaff(Caller caller, ClientId client, TreatmentCategory category,
                                         SubmitScreeningCommand command) {
        caller.require(Permission.CLINICAL_READ);
        return tx.inTenant(caller.tenantId(), () -> {
            if (clients.findAll(List.of(client)).isEmpty()) {
                throw new NotFoundException("client", client);
            }
            return submit(client, category, command, defaultZone);
        });
    }

    private ScreeningResult submit(ClientId client, TreatmentCategory category, SubmitScreeningCommand command,
                                   ZoneId zone) {
        if (!category.clinicalProfile().screening()) {
            throw new InvalidInputException("category", category + " needs no medical questionnaire");
        }
        RuleSet ruleSet = rules.current();
        Instant now = clock.instant();
        AnswerValidation validation = ruleSet.questionnaire().validate(command.questionnaireVersion(),
                command.answers(), Set.of(category), LocalDate.ofInstant(now, zone));
        if (validation instanceof AnswerValidation.Invalid invalid) {
            return new ScreeningResult.Rejected(invalid.problems());
        }
        Screening screening = Screening.answered(ScreeningId.random(), client, ruleSet.questionnaire().version(),
                Set.of(category), ((AnswerValidation.Valid) validation).answers(), now);
        records.insertScreening(screening);
        return new ScreeningResult.Recorded(screening.id(),
                evaluator.evaluate(ruleSet, screening.answers(), category));
    }

    @Override
    public PrescriberDecision decide(Caller caller, DecideReviewCommand command) {
        caller.require(Permission.CLINICAL_DECIDE);
        if (command.reason().isBlank() || command.reason().length() > 2000) {
            throw new InvalidInputException("reason", "must be 1-2000 characters");
        }
        return tx.inTenant(caller.tenantId(), () -> {
            Screening screening = records.screening(command.screening())
                    .orElseThrow(() -> new NotFoundException("screening", command.screening()));
            Prescriber prescriber = prescriber(command);
            RuleSet ruleSet = rules.current();
            for (TreatmentCategory category : screening.categories()) {
                ScreeningOutcome outcome = evaluator.evaluate(ruleSet, screening.answers(), category);
                Optional<Finding> finding = outcome.findings().stream()
                        .filter(f -> f.ruleId().equals(command.ruleId())).findFirst();
                if (finding.isPresent()) {
                    PrescriberDecision decision;
                    try {
                        decision = PrescriberDecision.on(PrescriberDecisionId.random(), screening, outcome,
                                finding.get(), prescriber, command.verdict(), command.reason(), clock.instant());
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException("ruleId",
                                "only a prescriber review can be decided; a block is final");
                    }
                    records.insertDecision(screening.client(), decision);
                    return decision;
                }
            }
            throw new InvalidInputException("ruleId", "is not a finding of this screening under the current rules");
        });
    }

    private Prescriber prescriber(DecideReviewCommand command) {
        Practitioner practitioner = practitioners.find(command.prescriber())
                .orElseThrow(() -> new NotFoundException("practitioner", command.prescriber()));
        if (!practitioner.qualifications().contains(Qualification.PRESCRIBER)) {
            throw new InvalidInputException("prescriber", "does not hold the prescriber qualification");
        }
        PrescriberRegistration registration = records.registrationOf(practitioner.id()).orElseThrow(
                () -> new InvalidInputException("prescriber", "has no registration (GMC, NMC, GPhC, GDC) on file"));
        return Prescriber.of(practitioner, registration);
    }
}
