package com.laca.bootstrap.wiring;

import com.laca.adapter.persistence.JpaConnectedAccountRepository;
import com.laca.adapter.persistence.JpaPaymentDeadLetterRepository;
import com.laca.adapter.persistence.JpaPaymentIntentRepository;
import com.laca.adapter.persistence.JpaPaymentLedgerRepository;
import com.laca.adapter.persistence.JpaProcessedPaymentEventRepository;
import com.laca.application.port.out.ConnectedAccountRepository;
import com.laca.application.port.out.PaymentDeadLetterRepository;
import com.laca.application.port.out.PaymentIntentRepository;
import com.laca.application.port.out.PaymentLedgerRepository;
import com.laca.application.port.out.ProcessedPaymentEventRepository;
import com.laca.adapter.persistence.CurrentEntityManager;
import com.laca.adapter.persistence.JpaLocationRepository;
import com.laca.adapter.persistence.JpaLoginThrottleRepository;
import com.laca.adapter.persistence.JpaOneTimeTokenRepository;
import com.laca.adapter.persistence.JpaPersistence;
import com.laca.adapter.persistence.JpaPractitionerRepository;
import com.laca.adapter.persistence.JpaBookingLimitLock;
import com.laca.adapter.persistence.JpaReferenceDataVersion;
import com.laca.adapter.persistence.JpaRefreshTokenRepository;
import com.laca.adapter.persistence.JpaResourceRepository;
import com.laca.adapter.persistence.JpaStaffAccountRepository;
import com.laca.adapter.persistence.JpaTenantRepository;
import com.laca.adapter.persistence.JpaTransactionRunner;
import com.laca.adapter.persistence.JpaTreatmentRepository;
import com.laca.application.port.out.LocationRepository;
import com.laca.application.port.out.LoginThrottleRepository;
import com.laca.application.port.out.OneTimeTokenRepository;
import com.laca.application.port.out.PractitionerRepository;
import com.laca.application.port.out.BookingLimitLock;
import com.laca.application.port.out.ReferenceDataVersion;
import com.laca.application.port.out.RefreshTokenRepository;
import com.laca.application.port.out.ResourceRepository;
import com.laca.application.port.out.StaffAccountRepository;
import com.laca.application.port.out.TenantRepository;
import com.laca.application.port.out.TransactionRunner;
import com.laca.application.port.out.TreatmentRepository;
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
