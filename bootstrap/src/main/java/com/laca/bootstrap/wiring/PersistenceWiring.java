package com.laca.bootstrap.wiring;

import com.laca.adapter.persistence.booking.JpaBookingLimitLock;
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
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.support.JpaTransactionRunner;
import com.laca.adapter.persistence.tenancy.JpaTenantRepository;
import com.laca.application.booking.port.out.BookingLimitLock;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.identity.port.out.LoginThrottleRepository;
import com.laca.application.identity.port.out.OneTimeTokenRepository;
import com.laca.application.identity.port.out.RefreshTokenRepository;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.payment.port.out.ConnectedAccountRepository;
import com.laca.application.payment.port.out.PaymentDeadLetterRepository;
import com.laca.application.payment.port.out.PaymentIntentRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.application.payment.port.out.ProcessedPaymentEventRepository;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.bootstrap.LacaDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * Opens the persistence unit on Payara's pool and offers the JPA adapters under their ports; all share one
 * {@link CurrentEntityManager}, the transaction the runner opened on this thread.
 */
@ApplicationScoped
public class PersistenceWiring {

    @Resource(lookup = LacaDataSource.JNDI_NAME)
    DataSource dataSource;

    private JpaPersistence persistence;
    private final CurrentEntityManager current = new CurrentEntityManager();

    @PostConstruct
    void open() {
        persistence = new JpaPersistence(dataSource);
    }

    @PreDestroy
    void close() {
        persistence.close();
    }

    /** The one thread-bound transaction holder, for adapters wired elsewhere (booking) to share with the runner. */
    @Produces
    CurrentEntityManager currentEntityManager() {
        return current;
    }

    @Produces
    @ApplicationScoped
    TransactionRunner transactionRunner() {
        return new JpaTransactionRunner(persistence, current);
    }

    @Produces
    @ApplicationScoped
    TenantRepository tenants() {
        return new JpaTenantRepository(current);
    }

    @Produces
    @ApplicationScoped
    StaffAccountRepository staffAccounts() {
        return new JpaStaffAccountRepository(current);
    }

    @Produces
    @ApplicationScoped
    RefreshTokenRepository refreshTokens() {
        return new JpaRefreshTokenRepository(current);
    }

    @Produces
    @ApplicationScoped
    OneTimeTokenRepository oneTimeTokens() {
        return new JpaOneTimeTokenRepository(current);
    }

    @Produces
    @ApplicationScoped
    LoginThrottleRepository loginThrottles() {
        return new JpaLoginThrottleRepository(persistence, current);
    }

    @Produces
    @ApplicationScoped
    LocationRepository locations() {
        return new JpaLocationRepository(current);
    }

    @Produces
    @ApplicationScoped
    PractitionerRepository practitioners() {
        return new JpaPractitionerRepository(current);
    }

    @Produces
    @ApplicationScoped
    ResourceRepository resources() {
        return new JpaResourceRepository(current);
    }

    @Produces
    @ApplicationScoped
    TreatmentRepository treatments() {
        return new JpaTreatmentRepository(current);
    }

    @Produces
    @ApplicationScoped
    ReferenceDataVersion referenceDataVersion() {
        return new JpaReferenceDataVersion(persistence, current);
    }

    @Produces
    @ApplicationScoped
    BookingLimitLock bookingLimitLock() {
        return new JpaBookingLimitLock(persistence, current);
    }

    @Produces
    @ApplicationScoped
    PaymentLedgerRepository paymentLedgers() {
        return new JpaPaymentLedgerRepository(persistence, current);
    }

    @Produces
    @ApplicationScoped
    PaymentIntentRepository paymentIntents() {
        return new JpaPaymentIntentRepository(current);
    }

    @Produces
    @ApplicationScoped
    ProcessedPaymentEventRepository processedPaymentEvents() {
        return new JpaProcessedPaymentEventRepository(current);
    }

    @Produces
    @ApplicationScoped
    PaymentDeadLetterRepository paymentDeadLetters() {
        return new JpaPaymentDeadLetterRepository(current);
    }

    @Produces
    @ApplicationScoped
    ConnectedAccountRepository connectedAccounts() {
        return new JpaConnectedAccountRepository(current);
    }
}
