package com.laca.bootstrap.wiring;

import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.adapter.payments.stripe.StripeConfig;
import com.laca.adapter.payments.stripe.StripePaymentEventReader;
import com.laca.adapter.payments.stripe.StripePaymentGateway;
import com.laca.adapter.payments.stripe.StripeWebhookVerifier;
import com.laca.adapter.persistence.payment.JpaConnectedAccountRepository;
import com.laca.adapter.persistence.payment.JpaPaymentDeadLetterRepository;
import com.laca.adapter.persistence.payment.JpaPaymentIntentRepository;
import com.laca.adapter.persistence.payment.JpaPaymentLedgerRepository;
import com.laca.adapter.persistence.payment.JpaProcessedPaymentEventRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.application.booking.port.in.BookedAppointments;
import com.laca.application.payment.port.in.HandlePaymentEventUseCase;
import com.laca.application.payment.port.in.ManagePaymentAccountsUseCase;
import com.laca.application.payment.port.in.ManagePaymentsUseCase;
import com.laca.application.payment.port.in.PaymentDeadLettersUseCase;
import com.laca.application.payment.port.out.ConnectedAccountRepository;
import com.laca.application.payment.port.out.PaymentDeadLetterRepository;
import com.laca.application.payment.port.out.PaymentEventReader;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.PaymentIntentRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.application.payment.port.out.PaymentNotices;
import com.laca.application.payment.service.HandlePaymentEventService;
import com.laca.application.payment.service.ManagePaymentsService;
import com.laca.application.payment.service.PaymentAccountsService;
import com.laca.application.payment.service.PaymentDeadLettersService;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The payment area: its repositories over JPA, and how deposits are taken, chosen once from configuration: Stripe
 * (gateway, webhook verifier, event reader) when {@code laca.stripe.api-key} is set, otherwise the pay-at-clinic
 * gateway and no webhook verifier, so the webhook endpoint answers 404; it is the only producer of the
 * {@link PaymentGateway}, and builds the payment services on it.
 */
@ApplicationScoped
public class PaymentWiring {

    private static final System.Logger LOG = System.getLogger(PaymentWiring.class.getName());

    private PaymentLedgerRepository ledgers;
    private PaymentIntentRepository intents;
    private ConnectedAccountRepository accountRepository;
    private PaymentGateway gateway;
    private Optional<StripeWebhookVerifier> verifier;
    private HandlePaymentEventService events;
    private ManagePaymentsService payments;
    private PaymentDeadLettersService deadLetters;
    private PaymentAccountsService accounts;

    PaymentWiring() {
        // for the CDI proxy
    }

    @Inject
    PaymentWiring(Config config, CurrentEntityManager current, JpaPersistence persistence, TransactionRunner tx,
                  TenantRepository tenants, BookedAppointments appointments, PaymentNotices notices,
                  Clock clock) {
        ledgers = new JpaPaymentLedgerRepository(persistence, current);
        intents = new JpaPaymentIntentRepository(current);
        accountRepository = new JpaConnectedAccountRepository(current);
        PaymentDeadLetterRepository deadLetterRepository = new JpaPaymentDeadLetterRepository(current);
        Optional<StripeConfig> stripe = StripeConfig.from(config);
        gateway = stripe.<PaymentGateway>map(StripePaymentGateway::new).orElseGet(PayAtClinicPaymentGateway::new);
        verifier = stripe.map(settings -> new StripeWebhookVerifier(settings.webhookSecret(), clock));
        LOG.log(System.Logger.Level.INFO, stripe.map(settings -> "Deposits by card through Stripe at "
                        + settings.apiBase()).orElse("Deposits are paid at the clinic (laca.stripe.api-key is not set)"));
        PaymentEventReader reader = verifier.<PaymentEventReader>map(StripePaymentEventReader::new)
                .orElse(payload -> {
                    throw new IllegalStateException("card payments are not configured, so no event can be read");
                });
        events = new HandlePaymentEventService(tx, new JpaProcessedPaymentEventRepository(current), intents, ledgers,
                appointments, accountRepository, deadLetterRepository, gateway, clock, notices);
        payments = new ManagePaymentsService(tx, ledgers, intents, appointments, accountRepository, gateway, clock,
                notices);
        deadLetters = new PaymentDeadLettersService(tx, deadLetterRepository, events, reader, clock);
        accounts = new PaymentAccountsService(tx, tenants, accountRepository);
    }

    /** Builds this wiring at deployment, so incomplete Stripe settings fail the start instead of the first booking. */
    void chooseAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.log(System.Logger.Level.DEBUG, "payment gateway: {0}", gateway.mode().getClass().getSimpleName());
    }

    @Produces
    @ApplicationScoped
    PaymentGateway paymentGateway() {
        return gateway;
    }

    @Produces
    @ApplicationScoped
    PaymentLedgerRepository paymentLedgers() {
        return ledgers;
    }

    @Produces
    @ApplicationScoped
    PaymentIntentRepository paymentIntents() {
        return intents;
    }

    @Produces
    @ApplicationScoped
    ConnectedAccountRepository connectedAccounts() {
        return accountRepository;
    }

    @Produces
    Optional<StripeWebhookVerifier> webhookVerifier() {
        return verifier;
    }

    @Produces
    HandlePaymentEventUseCase handlePaymentEvent() {
        return events;
    }

    @Produces
    ManagePaymentsUseCase managePayments() {
        return payments;
    }

    @Produces
    PaymentDeadLettersUseCase paymentDeadLetters() {
        return deadLetters;
    }

    @Produces
    ManagePaymentAccountsUseCase managePaymentAccounts() {
        return accounts;
    }
}
