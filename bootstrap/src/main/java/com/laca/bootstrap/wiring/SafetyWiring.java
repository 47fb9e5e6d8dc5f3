package com.laca.bootstrap.wiring;

import com.laca.adapter.persistence.booking.JpaAppointmentRepository;
import com.laca.adapter.persistence.booking.JpaClientRepository;
import com.laca.adapter.persistence.safety.JpaClinicalRecordRepository;
import com.laca.adapter.persistence.records.JpaAccessAuditRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.rules.json.JsonJurisdictionsSource;
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
import com.laca.application.safety.port.out.JurisdictionsSource;
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
import com.laca.domain.safety.Jurisdictions;
import com.laca.domain.safety.SafetySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinical-safety area: the reviewed contraindication rule file ({@code laca.safety.rules-file}, or the bundled
 * one) and the legal gates per jurisdiction (the bundled file, with {@code laca.safety.jurisdictions-file} over it),
 * loaded once at start-up so a malformed file stops the server rather than a booking; prescriber registrations,
 * consultations, screenings, decisions, prescriptions, ID checks, doctor's directions, licences and per-clinic
 * settings over JPA; and the gate the booking check asks (under the law of the booking's location).
 */
@ApplicationScoped
public class SafetyWiring {

    private static final System.Logger LOG = System.getLogger(SafetyWiring.class.getName());

    private RuleSetSource rules;
    private JurisdictionsSource jurisdictions;
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
                 @ConfigProperty(name = "laca.safety.rules-file") Optional<String> rulesFile,
                 @ConfigProperty(name = "laca.safety.jurisdictions-file") Optional<String> jurisdictionsFile,
                 AuditLogUseCase audit) {
        rules = rulesFile.filter(file -> !file.isBlank()).map(file -> JsonRuleSetSource.fromFile(Path.of(file)))
                .orElseGet(JsonRuleSetSource::bundled);
        jurisdictions = jurisdictions(jurisdictionsFile);
        ClinicalRecordRepository records = new JpaClinicalRecordRepository(current);
        bookingSafety = new BookingSafetyService(rules, jurisdictions, records, SafetySettings.defaults());
        JpaClientRepository clients = new JpaClientRepository(current);
        // changes are written to the clinical audit log; staff reads of consultations and of the safety view go to
        // the client's access audit (the records area's)
        JpaAccessAuditRepository accessAudit = new JpaAccessAuditRepository(current);
        consultations = new AccessAuditedConsultations(new AuditedConsultations(new ConsultationService(tx, records,
                practitioners, clients, clock), tx, audit), tx, accessAudit, clock);
        screenings = new AuditedScreening(new ScreeningService(tx, rules, records, treatments, locations,
                practitioners, new JpaAppointmentRepository(current), clients, ENGLAND_ZONE, clock), tx, audit);
        evidence = new AccessAuditedSafetyEvidence(new AuditedSafetyEvidence(new SafetyEvidenceService(tx, records,
                practitioners, clients, jurisdictions, clock), tx, audit), tx, accessAudit, clock);
        settings = new SafetySettingsService(tx, records, practitioners, locations);
    }

    /**
     * Builds this wiring at deployment, so a missing or invalid rule or jurisdictions file fails the start instead of
     * the first booking, says which rules are in force, and warns where a configured jurisdiction is laxer than
     * England's statute.
     */
    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.log(System.Logger.Level.INFO, "clinical rule set {0}; legal gates {1}", rules.current().version(),
                jurisdictions.current().all().stream().map(law -> law.citation() + law.fallback().map(why ->
                        " (fallback)").orElse("")).collect(Collectors.joining(", ")));
        laxerThanEngland(jurisdictions.current()).ifPresent(line -> LOG.log(System.Logger.Level.WARNING, line));
    }

    /**
     * The one start-up warning line naming every category where a configured jurisdiction lets through a client
     * England's rules would refuse, so a deployment's own reading of another law is seen by whoever runs it; empty
     * when none is laxer (the shipped file).
     */
    static Optional<String> laxerThanEngland(Jurisdictions catalogue) {
        List<String> laxer = catalogue.lessStrictThanEngland();
        return laxer.isEmpty() ? Optional.empty() : Optional.of("legal gates less strict than England's, as "
                + "configured by laca.safety.jurisdictions-file: " + String.join("; ", laxer));
    }

    /**
     * The shipped jurisdictions, with the deployment's file over them when {@code laca.safety.jurisdictions-file}
     * names one; a file that cannot be read or is invalid stops the start with the reason, never falls back.
     */
    static JurisdictionsSource jurisdictions(Optional<String> file) {
        return file.filter(path -> !path.isBlank())
                .map(path -> JsonJurisdictionsSource.bundledWith(Path.of(path)))
                .orElseGet(JsonJurisdictionsSource::bundled);
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
