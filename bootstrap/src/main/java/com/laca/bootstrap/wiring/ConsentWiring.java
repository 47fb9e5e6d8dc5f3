package com.laca.bootstrap.wiring;

import com.laca.adapter.documents.pdf.ItextConsentRenderer;
import com.laca.adapter.documents.store.FileSystemDocumentStore;
import com.laca.adapter.persistence.booking.JpaAppointmentRepository;
import com.laca.adapter.persistence.booking.JpaClientRepository;
import com.laca.adapter.persistence.consent.JpaConsentRecordRepository;
import com.laca.adapter.persistence.consent.JpaConsentTemplateRepository;
import com.laca.adapter.persistence.safety.JpaAuditLogRepository;
import com.laca.adapter.persistence.safety.JpaClinicalRecordRepository;
import com.laca.adapter.persistence.records.JpaAccessAuditRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.application.booking.port.out.CheckInGateway;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.consent.port.in.ConsentTemplateUseCase;
import com.laca.application.consent.port.in.ConsentUseCase;
import com.laca.application.consent.port.out.ConsentAuditGateway;
import com.laca.application.consent.port.out.ConsentEvent;
import com.laca.application.consent.port.out.PractitionerRegistrationGateway;
import com.laca.application.consent.service.ConsentCheckInService;
import com.laca.application.consent.service.ConsentService;
import com.laca.application.records.service.AccessAuditedConsents;
import com.laca.application.consent.service.ConsentTemplateService;
import com.laca.application.safety.port.in.AuditLogUseCase;
import com.laca.application.safety.service.AuditLogService;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.safety.AuditEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The consent area: templates and consent records over JPA, the iText PDF/A renderer, the file-system document store
 * ({@code laca.documents.root}, by default {@code <laca.data.dir>/documents}), the check-in gate the front desk's
 * check-in asks, and the clinical audit log every consent step and check-in is chained into (forms are those of the
 * jurisdiction of the booking's location).
 */
@ApplicationScoped
public class ConsentWiring {

    private ConsentTemplateService templates;
    private ConsentUseCase consents;
    private ConsentCheckInService checkIn;
    private AuditLogService audit;

    ConsentWiring() {
        // for the CDI proxy
    }

    @Inject
    ConsentWiring(CurrentEntityManager current, TransactionRunner tx, TenantRepository tenants,
                  TreatmentRepository treatments, LocationRepository locations, PractitionerRepository practitioners,
                  Clock clock, @ConfigProperty(name = "laca.data.dir", defaultValue = "data") String dataDir,
                  @ConfigProperty(name = "laca.documents.root") Optional<String> documentsRoot,
                  StaffAccountRepository accounts) {
        JpaConsentTemplateRepository templateRepository = new JpaConsentTemplateRepository(current, clock);
        JpaConsentRecordRepository records = new JpaConsentRecordRepository(current);
        JpaClinicalRecordRepository clinical = new JpaClinicalRecordRepository(current);
        audit = new AuditLogService(tx, new JpaAuditLogRepository(current), clock);
        ConsentAuditGateway auditGateway = (tenant, event, subject, actor, details) ->
                audit.append(tenant, typeOf(event), subject, actor, details);
        PractitionerRegistrationGateway registrations = practitioner -> clinical.registrationOf(practitioner)
                .map(r -> r.body().name() + " " + r.number());
        Path root = DocumentsFolder.of(dataDir, documentsRoot);
        templates = new ConsentTemplateService(tx, templateRepository);
        // staff reads of a consent go to the client's access audit (the records area's), in the read's transaction
        consents = new AccessAuditedConsents(new ConsentService(tx, templateRepository, records,
                new JpaAppointmentRepository(current), new JpaClientRepository(current), treatments, practitioners,
                locations, tenants, registrations, new ItextConsentRenderer(), new FileSystemDocumentStore(root),
                auditGateway, accounts, clock), tx, new JpaAccessAuditRepository(current), clock);
        checkIn = new ConsentCheckInService(templateRepository, records, treatments, locations, auditGateway);
    }

    private static AuditEventType typeOf(ConsentEvent event) {
        return switch (event) {
            case INFORMATION_GIVEN -> AuditEventType.CONSENT_INFORMATION_GIVEN;
            case SIGNED -> AuditEventType.CONSENT_SIGNED;
            case COUNTERSIGNED -> AuditEventType.CONSENT_COUNTERSIGNED;
            case DOCUMENT_STORED -> AuditEventType.CONSENT_DOCUMENT_STORED;
            case CHECKED_IN -> AuditEventType.CHECK_IN;
        };
    }

    @Produces
    ConsentTemplateUseCase consentTemplates() {
        return templates;
    }

    @Produces
    ConsentUseCase consents() {
        return consents;
    }

    /** What the front desk's check-in asks about consent, and where it records the check-in. */
    @Produces
    CheckInGateway checkInGateway() {
        return checkIn;
    }

    @Produces
    AuditLogUseCase auditLog() {
        return audit;
    }
}
