package com.laca.adapter.persistence.payment;

import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.support.JpaTransactionRunner;
import com.laca.adapter.persistence.tenancy.JpaTenantRepository;
import com.laca.application.booking.port.in.BookedAppointments;
import com.laca.application.payment.port.in.PaymentEventOutcome;
import com.laca.application.payment.port.in.RefundCommand;
import com.laca.domain.payment.PaymentReference;
import com.laca.application.payment.port.in.DeskPaymentCommand;
import com.laca.application.payment.port.in.RefundOutcome;
import com.laca.application.payment.port.out.PaymentIntentRecord;
import com.laca.application.payment.service.HandlePaymentEventService;
import com.laca.application.payment.service.ManagePaymentsService;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.DepositSubject;
import com.laca.domain.payment.EventHeader;
import com.laca.domain.payment.IntentStatus;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.payment.LedgerResult;
import com.laca.domain.payment.PaymentEvent;
import com.laca.domain.payment.PaymentEventId;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The payment use cases over the JPA repositories, run by each database: duplicate and concurrent webhook deliveries
 * apply once, concurrent refunds never over-refund, and the unique keys hold.
 */
abstract class PaymentPersistenceFlows {

    private static final Money DEPOSIT = Money.of(5_000, "GBP");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    abstract JpaPersistence persistence();

    abstract CurrentEntityManager current();

    private TransactionRunner tx;
    private JpaPaymentLedgerRepository ledgers;
    private JpaPaymentIntentRepository intents;
    private final CountingAppointments appointments = new CountingAppointments();
    private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
    private HandlePaymentEventService events;
    private ManagePaymentsService payments;
    private TenantId tenant;
    private AppointmentId appointment;
    private PaymentIntentId intent;

    @BeforeEach
    void clinicWithRequestedDeposit() {
        tx = new JpaTransactionRunner(persistence(), current());
        ledgers = new JpaPaymentLedgerRepository(persistence(), current());
        intents = new JpaPaymentIntentRepository(current());
        var accounts = new JpaConnectedAccountRepository(current());
        events = new HandlePaymentEventService(tx, new JpaProcessedPaymentEventRepository(current()), intents, ledgers,
                appointments, accounts, new JpaPaymentDeadLetterRepository(current()), gateway, CLOCK);
        payments = new ManagePaymentsService(tx, ledgers, intents, appointments, accounts, gateway, CLOCK);
        tenant = TenantId.random();
        appointment = AppointmentId.random();
        intent = PaymentIntentId.of("pi_" + appointment.toString().replace("-", ""));
        String slug = "pay-" + tenant.toString().substring(0, 8);
        platform(() -> {
            new JpaTenantRepository(current()).insert(new Tenant(tenant, new TenantSlug(slug), "Clinic",
                    ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0));
            accounts.save(tenant, ConnectedAccountId.of("acct_" + slug));
            return null;
        });
        tx.inTenant(tenant, () -> {
            intents.add(new PaymentIntentRecord(intent, appointment, DEPOSIT, IntentStatus.REQUIRES_PAYMENT_METHOD,
                    CLOCK.instant()));
            PaymentLedger ledger = ledgers.lockOrOpen(appointment, Money.of(20_000, "GBP")).ledger();
            ledgers.append(appointment, ((LedgerResult.Recorded) ledger.requestDeposit(DEPOSIT, CLOCK.instant(),
                    intent.asReference())).entry());
            return null;
        });
    }

    private <T> T platform(Supplier<T> work) {
        return tx.asPlatform(work);
    }

    private PaymentEvent.PaymentSucceeded succeeded(String id) {
        return new PaymentEvent.PaymentSucceeded(new EventHeader(PaymentEventId.of(id + appointment), CLOCK.instant(),
                Optional.empty()), intent, DEPOSIT, Optional.of(new DepositSubject(tenant, appointment)));
    }

    private PaymentLedger ledger() {
        return tx.inTenant(tenant, () -> ledgers.find(appointment).orElseThrow().ledger());
    }

    private long count(LedgerEntryKind kind) {
        return ledger().entries().stream().filter(entry -> entry.kind() == kind).count();
    }

    private static <T> List<T> concurrently(int threads, java.util.function.IntFunction<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                start.await();
                return work.apply(index);
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }

    @Test
    @DisplayName("the same payment event ten times in a row: one deposit, one confirmation")
    void sequentialDuplicates() {
        for (int i = 0; i < 10; i++) {
            events.handle(succeeded("evt_seq_"));
        }
        assertThat(count(LedgerEntryKind.DEPOSIT_PAID)).isEqualTo(1);
        assertThat(appointments.confirmations(appointment)).isEqualTo(1);
    }

    @Test
    @DisplayName("the same payment event ten times at once: one deposit, one confirmation, the rest acknowledged")
    void concurrentDuplicates() throws Exception {
        List<Object> outcomes = concurrently(10, i -> {
            try {
                return events.handle(succeeded("evt_conc_"));
            } catch (RuntimeException e) {
                return e;
            }
        });

        assertThat(outcomes).filteredOn(o -> o instanceof PaymentEventOutcome.Applied).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof PaymentEventOutcome.AlreadyProcessed).hasSize(9);
        assertThat(count(LedgerEntryKind.DEPOSIT_PAID)).isEqualTo(1);
        assertThat(appointments.confirmations(appointment)).isEqualTo(1);
    }

    @Test
    @DisplayName("ten concurrent refunds of 20 pounds against a 50 pound deposit refund exactly 40 pounds")
    void concurrentRefunds() throws Exception {
        events.handle(succeeded("evt_paid_"));
        Caller finance = new Caller(UserId.random(), tenant, Set.of(Role.FINANCE));

        List<Object> outcomes = concurrently(10, i -> {
            try {
                return payments.refund(finance, new RefundCommand(appointment, Optional.of(Money.of(2_000, "GBP")),
                        RefundReason.REQUESTED_BY_CLIENT, "key" + i));
            } catch (RuntimeException e) {
                return e;
            }
        });

        assertThat(outcomes).filteredOn(o -> o instanceof RefundOutcome.Refunded).hasSize(2);
        assertThat(outcomes).filteredOn(o -> o instanceof RefundOutcome.Rejected).hasSize(8);
        assertThat(ledger().refunded()).isEqualTo(Money.of(4_000, "GBP"));
        assertThat(gateway.refundedOn(intent, "GBP")).isEqualTo(Money.of(4_000, "GBP"));
    }

    @Test
    @DisplayName("a deposit paid at the desk confirms the hold once; ten concurrent desk refunds of 20 pounds give "
            + "back exactly 40, stored as REFUNDED_AT_DESK, and nothing goes to the processor")
    void deskMoney() throws Exception {
        Caller desk = new Caller(UserId.random(), tenant, Set.of(Role.FRONTDESK));
        payments.recordDeskPayment(desk, new DeskPaymentCommand(appointment, DEPOSIT, PaymentReference.of("R-1")));
        assertThat(appointments.confirmations(appointment)).isEqualTo(1);
        Caller finance = new Caller(UserId.random(), tenant, Set.of(Role.FINANCE));

        List<Object> outcomes = concurrently(10, i -> {
            try {
                return payments.refund(finance, new RefundCommand(appointment, Optional.of(Money.of(2_000, "GBP")),
                        RefundReason.REQUESTED_BY_CLIENT, "desk" + i));
            } catch (RuntimeException e) {
                return e;
            }
        });

        assertThat(outcomes).filteredOn(o -> o instanceof RefundOutcome.Refunded).hasSize(2);
        assertThat(outcomes).filteredOn(o -> o instanceof RefundOutcome.Rejected).hasSize(8);
        assertThat(count(LedgerEntryKind.REFUNDED_AT_DESK)).isEqualTo(2);
        assertThat(ledger().refunded()).isEqualTo(Money.of(4_000, "GBP"));
        assertThat(gateway.refundedOn(intent, "GBP").isZero()).isTrue();
    }

    @Test
    @DisplayName("a payment intent id is stored once, even by another tenant")
    void intentIdUnique() {
        assertThatThrownBy(() -> tx.inTenant(tenant, () -> {
            intents.add(new PaymentIntentRecord(intent, AppointmentId.random(), DEPOSIT,
                    IntentStatus.REQUIRES_PAYMENT_METHOD, CLOCK.instant()));
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThat(platform(() -> intents.tenantOf(intent))).contains(tenant);
    }

    @Test
    @DisplayName("a dead letter counts its attempts and is resolved once the event applies")
    void deadLetters() {
        var deadLetters = new JpaPaymentDeadLetterRepository(current());
        PaymentEventId id = PaymentEventId.of("evt_dead_" + appointment);
        platform(() -> {
            deadLetters.recordFailure(id, "payment_intent.succeeded", "{\"id\":\"x\"}", "IllegalStateException: a",
                    CLOCK.instant());
            return null;
        });
        platform(() -> {
            deadLetters.recordFailure(id, "payment_intent.succeeded", "{\"id\":\"x\"}", "IllegalStateException: b",
                    CLOCK.instant());
            return null;
        });
        var letter = platform(() -> deadLetters.find(id)).orElseThrow();
        assertThat(letter.attempts()).isEqualTo(2);
        assertThat(letter.error()).endsWith(": b");
        assertThat(platform(() -> deadLetters.list(10))).extracting(l -> l.event()).contains(id);

        platform(() -> {
            deadLetters.markResolved(id, CLOCK.instant());
            return null;
        });
        assertThat(platform(() -> deadLetters.find(id)).orElseThrow().resolvedAt()).isPresent();
    }

    /** The booking side reduced to a thread-safe counter of confirmations; the real one comes with booking-core. */
    private static final class CountingAppointments implements BookedAppointments {
        private final Map<AppointmentId, AtomicInteger> confirmations = new ConcurrentHashMap<>();

        int confirmations(AppointmentId appointment) {
            return confirmations.getOrDefault(appointment, new AtomicInteger()).get();
        }

        @Override
        public Optional<BookedAppointment> find(AppointmentId appointment, Instant now) {
            return Optional.of(new BookedAppointment(appointment, AppointmentStatus.HELD, now,
                    Money.of(20_000, "GBP")));
        }

        @Override
        public PaidConfirmation confirmPaid(AppointmentId appointment, Instant now) {
            confirmations.computeIfAbsent(appointment, id -> new AtomicInteger()).incrementAndGet();
            return new PaidConfirmation.Confirmed();
        }
    }
}
