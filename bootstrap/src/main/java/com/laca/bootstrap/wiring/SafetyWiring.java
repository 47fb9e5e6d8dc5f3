package com.laca.bootstrap.wiring;

import com.laca.adapter.persistence.booking.JpaAppointmentRepository;
import com.laca.adapter.persistence.booking.JpaClientRepository;
import com.laca.adapter.persistence.safety.JpaClinicalRecordRepository;
import com.laca.adapter.persistence.records.JpaAccessAuditRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.rules.json.JsonRuleSetSource;
import com.laca.application.booking.port.out.BookingSafetyGateway;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.safety.port.in.RecordConsultationUseCase;
import com.laca.application.safety.port.in.SafetyEvidenceUseCase;
import com.laca.application.safety.port.in.SafetySettingsUseCase;
import com.laca.application.safety.port.in.ScreeningUseCase;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.safety.port.out.RuleSetSource;
import com.laca.application.safety.port.in.AuditLogUseCase;
import com.laca.application.safety.service.AuditedConsultations;
import com.laca.application.safety.service.AuditedSafetyEvidence;
import com.laca.application.safety.service.AuditedScreening;
import com.laca.application.safety.service.BookingSafetyService;
import com.laca.application.safety.service.ConsultationService;
import com.laca.application.safety.service.SafetyEvidenceService;
import com.laca.application.safety.service.SafetySettingsService;
import com.laca.application.safety.service.ScreeningService;
import com.laca.application.records.service.AccessAuditedConsultations;
import com.laca.application.records.service.AccessAuditedSafetyEvidence;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.safety.Jurisdiction;
import com.laca.domain.safety.SafetySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinical-safety area: the reviewed contraindication rule file ({@code laca.safety.rules-file}, or the bundled
 * one), loaded once at start-up so a malformed file stops the server rather than a booking; prescriber registrations,
 * consultations, screenings, decisions, prescriptions, ID checks, doctor's directions, licences and per-clinic
 * settings over JPA; and the gate the booking check asks (under the law of the booking's location).
 */
@ApplicationScoped
public class SafetyWiring {

    private RuleSetSource rules;
    private BookingSafetyService bookingSafety;
    private RecordConsultationUseCase consultations;
    private ScreeningUseCase screenings;
    private SafetyEvidenceUseCase evidence;
    private SafetySettingsService settings;

    /** The zone staff-entered answers are dated in: the UK's (every jurisdiction a location may be in shares it). */
    private static final ZoneId ENGLAND_ZONE = ZoneId.of("Europe/London");

    SafetyWiring() {
        // for the CDI proxy
    }

    @Inject
    SafetyWiring(CurrentEntityManager current, TransactionRunner tx, PractitionerRepository practitioners,
                 TreatmentRepository treatments, LocationRepository locations, Clock clock,
                 @ConfigProperty(name = "laca.safety.rules-file") Optional<String> rulesFile, AuditLogUseCase audit) {
        rules = rulesFile.filter(file -> !file.isBlank()).map(file -> JsonRuleSetSource.fromFile(Path.of(file)))
                .orElseGet(JsonRuleSetSource::bundled);
        ClinicalRecordRepository records = new JpaClinicalRecordRepository(current);
        bookingSafety = new BookingSafetyService(rules, records, SafetySettings.defaults());
        JpaClientRepository clients = new JpaClientRepository(current);
        // changes are written to the clinical audit log; staff reads of consultations and of the safety view go to
        // the client's access audit (the records area's)
        JpaAccessAuditRepository accessAudit = new JpaAccessAuditRepository(current);
        consultations = new AccessAuditedConsultations(new AuditedConsultations(new ConsultationService(tx, records,
                practitioners, clients, clock), tx, audit), tx, accessAudit, clock);
        screenings = new AuditedScreening(new ScreeningService(tx, rules, records, treatments, locations,
                practitioners, new JpaAppointmentRepository(current), clients, ENGLAND_ZONE, clock), tx, audit);
        evidence = new AccessAuditedSafetyEvidence(new AuditedSafetyEvidence(new SafetyEvidenceService(tx, records,
                practitioners, clients, Jurisdiction.england(), clock), tx, audit), tx, accessAudit, clock);
        settings = new SafetySettingsService(tx, records, practitioners, locations);
    }

    @Produces
    RuleSetSource ruleSetSource() {
        return rules;
    }

    /** The gate every booking and move passes through, public and staff alike. */
    @Produces
    BookingSafetyGateway bookingSafety() {
        return bookingSafety;
    }

    @Produces
    RecordConsultationUseCase recordConsultation() {
        return consultations;
    }

    @Produces
    ScreeningUseCase screening() {
        return screenings;
    }

    @Produces
    SafetyEvidenceUseCase safetyEvidence() {
        return evidence;
    }

    @Produces
    SafetySettingsUseCase safetySettings() {
        return settings;
    }
}
