package com.laca.adapter.persistence.support;

import com.laca.adapter.persistence.records.JpaAccessAuditRepository;
import com.laca.adapter.persistence.records.JpaClientProfileRepository;
import com.laca.adapter.persistence.records.JpaClinicalPhotoRepository;
import com.laca.adapter.persistence.records.JpaClinicalRecordPurgeRepository;
import com.laca.adapter.persistence.records.JpaStaffNoteRepository;
import com.laca.adapter.persistence.records.JpaTreatmentRecordRepository;
import com.laca.adapter.persistence.booking.JpaAppointmentRepository;
import com.laca.adapter.persistence.booking.JpaBookingLimitLock;
import com.laca.adapter.persistence.booking.JpaBookingPolicyRepository;
import com.laca.adapter.persistence.booking.JpaClientRepository;
import com.laca.adapter.persistence.booking.JpaDeskRecordRepository;
import com.laca.adapter.persistence.booking.JpaScheduleRepository;
import com.laca.adapter.persistence.clinic.JpaLocationRepository;
import com.laca.adapter.persistence.clinic.JpaPractitionerRepository;
import com.laca.adapter.persistence.clinic.JpaReferenceDataVersion;
import com.laca.adapter.persistence.clinic.JpaResourceRepository;
import com.laca.adapter.persistence.clinic.JpaTreatmentRepository;
import com.laca.adapter.persistence.identity.JpaLoginThrottleRepository;
import com.laca.adapter.persistence.identity.JpaOneTimeTokenRepository;
import com.laca.adapter.persistence.identity.JpaRefreshTokenRepository;
import com.laca.adapter.persistence.identity.JpaStaffAccountRepository;
import com.laca.adapter.persistence.payment.JpaConnectedAccountRepository;
import com.laca.adapter.persistence.payment.JpaPaymentDeadLetterRepository;
import com.laca.adapter.persistence.payment.JpaPaymentIntentRepository;
import com.laca.adapter.persistence.payment.JpaPaymentLedgerRepository;
import com.laca.adapter.persistence.payment.JpaProcessedPaymentEventRepository;
import com.laca.adapter.persistence.tenancy.JpaBrandingRepository;
import com.laca.adapter.persistence.safety.JpaClinicalRecordRepository;
import com.laca.adapter.persistence.tenancy.JpaTenantRepository;
import com.laca.application.booking.port.out.AppointmentRepository;
import com.laca.application.booking.port.out.BookingLimitLock;
import com.laca.application.booking.port.out.BookingPolicyRepository;
import com.laca.application.booking.port.out.ClientRepository;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalPhotoRepository;
import com.laca.application.records.port.out.ClinicalRecordPurgeRepository;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.booking.port.out.ScheduleRepository;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.identity.port.out.LoginThrottleRepository;
import com.laca.application.identity.port.out.OneTimeTokenRepository;
import com.laca.application.identity.port.out.RefreshTokenRepository;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.PersistencePorts;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.adapter.persistence.notification.JpaNotificationSettingsRepository;
import com.laca.adapter.persistence.notification.JpaOutboxRepository;
import com.laca.domain.notification.MessageKindCatalogue;
import java.time.Clock;
import javax.sql.DataSource;

/** The JPA adapter wired the way bootstrap wires it, over one data source, for the port contracts to run against. */
public final class JpaPersistencePorts implements PersistencePorts, AutoCloseable {

    private final JpaPersistence persistence;
    private final CurrentEntityManager current = new CurrentEntityManager();

    public JpaPersistencePorts(DataSource dataSource) {
        this.persistence = new JpaPersistence(dataSource);
    }

    /** The entity manager the transaction runner binds, for stores built outside this class (e.g. the academy's). */
    /** The persistence unit, for stores that ask which database runs. */
    public JpaPersistence persistence() {
        return persistence;
    }

    public CurrentEntityManager current() {
        return current;
    }

    @Override
    public TransactionRunner tx() {
        return new JpaTransactionRunner(persistence, current);
    }

    @Override
    public TenantRepository tenants() {
        return new JpaTenantRepository(current);
    }

    @Override
    public StaffAccountRepository staffAccounts() {
        return new JpaStaffAccountRepository(current);
    }

    @Override
    public RefreshTokenRepository refreshTokens() {
        return new JpaRefreshTokenRepository(current);
    }

    @Override
    public OneTimeTokenRepository oneTimeTokens() {
        return new JpaOneTimeTokenRepository(current);
    }

    @Override
    public LoginThrottleRepository loginThrottles() {
        return new JpaLoginThrottleRepository(persistence, current);
    }

    @Override
    public LocationRepository locations() {
        return new JpaLocationRepository(current);
    }

    @Override
    public PractitionerRepository practitioners() {
        return new JpaPractitionerRepository(current);
    }

    @Override
    public ResourceRepository resources() {
        return new JpaResourceRepository(current);
    }

    @Override
    public TreatmentRepository treatments() {
        return new JpaTreatmentRepository(current);
    }

    @Override
    public AppointmentRepository appointments() {
        return new JpaAppointmentRepository(current);
    }

    @Override
    public ClientRepository clients() {
        return new JpaClientRepository(current);
    }

    /** The client records' profile repository over the same persistence unit (not a shared port yet). */
    public ClientProfileRepository clientProfiles() {
        return new JpaClientProfileRepository(current, Clock.systemUTC());
    }

    /** The client records' staff notes. */
    public JpaDeskRecordRepository deskRecords() {
        return new JpaDeskRecordRepository(current);
    }

    public StaffNoteRepository staffNotes() {
        return new JpaStaffNoteRepository(current);
    }

    /** The client records' clinical photos. */
    public ClinicalPhotoRepository clinicalPhotos() {
        return new JpaClinicalPhotoRepository(current);
    }

    /** The retention job's purge of clinical records and its log. */
    public ClinicalRecordPurgeRepository clinicalPurges() {
        return new JpaClinicalRecordPurgeRepository(persistence, current);
    }

    /** The client records' treatment records. */
    public TreatmentRecordRepository treatmentRecords() {
        return new JpaTreatmentRecordRepository(current);
    }

    /** The client records' access audit. */
    public AccessAuditRepository accessAudit() {
        return new JpaAccessAuditRepository(current);
    }

    @Override
    public ScheduleRepository schedules() {
        return new JpaScheduleRepository(current);
    }

    @Override
    public BookingPolicyRepository bookingPolicies() {
        return new JpaBookingPolicyRepository(current);
    }

    @Override
    public ReferenceDataVersion referenceDataVersion() {
        return new JpaReferenceDataVersion(persistence, current);
    }

    @Override
    public BookingLimitLock bookingLimitLock() {
        return new JpaBookingLimitLock(persistence, current);
    }

    @Override
    public JpaPaymentLedgerRepository paymentLedgers() {
        return new JpaPaymentLedgerRepository(persistence, current);
    }

    @Override
    public JpaPaymentIntentRepository paymentIntents() {
        return new JpaPaymentIntentRepository(current);
    }

    public JpaProcessedPaymentEventRepository processedPaymentEvents() {
        return new JpaProcessedPaymentEventRepository(current);
    }

    public JpaPaymentDeadLetterRepository paymentDeadLetters() {
        return new JpaPaymentDeadLetterRepository(current);
    }

    @Override
    public JpaConnectedAccountRepository connectedAccounts() {
        return new JpaConnectedAccountRepository(current);
    }

    /** The running tenant's notification settings. */
    public JpaNotificationSettingsRepository notificationSettings() {
        return new JpaNotificationSettingsRepository(persistence, current);
    }

    /** The outbox, with the standard message kinds. */
    public JpaOutboxRepository outbox() {
        return new JpaOutboxRepository(persistence, current, MessageKindCatalogue.standard());
    }

    @Override
    public JpaBrandingRepository brandings() {
        return new JpaBrandingRepository(current);
    }

    public JpaClinicalRecordRepository clinicalRecords() {
        return new JpaClinicalRecordRepository(current);
    }

    @Override
    public void close() {
        persistence.close();
    }
}
