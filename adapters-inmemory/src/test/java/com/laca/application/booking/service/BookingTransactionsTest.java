package com.laca.application.booking.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.payment.port.in.DepositInstructions;
import com.laca.application.payment.port.out.DepositCollection;
import com.laca.application.payment.port.out.DepositIntentRequest;
import com.laca.application.payment.port.out.GatewayMode;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.RefundReceipt;
import com.laca.application.payment.port.out.RefundRequest;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.service.FindTenantService;
import com.laca.application.tenancy.service.TenantStatusCache;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How many database transactions a public booking takes, the way the public booking endpoint runs it (the clinic found
 * by its slug, then the booking), counted by a transaction runner that sees every transaction opened.
 */
@DisplayName("A public booking crosses as few transactions as it can")
class BookingTransactionsTest {

    private final InMemoryPersistencePorts store = new InMemoryPersistencePorts();
    private final CountingTransactionRunner tx = new CountingTransactionRunner(store.tx());

    /** The public booking endpoint's path: slug, then booking; the clinic's set-up is stored beforehand. */
    private final class PublicBooking {
        final BookingFixture clinic;
        final Treatment treatment;
        final GatewayCalls gateway;
        final BookAppointmentService booking;
        final FindTenantService tenants;

        PublicBooking(PaymentGateway gateway, DepositPolicy deposit, boolean onboarded) {
            this.gateway = new GatewayCalls(gateway);
            BookingFixture fixture = new BookingFixture(store, this.gateway);
            this.clinic = onboarded ? fixture.onboarded() : fixture;
            this.treatment = clinic.store(BookingFixture.treatment("Peel", null, Set.of(), deposit));
            BookingPorts ports = new BookingPorts(tx, store.tenants(), store.treatments(), store.locations(),
                    store.practitioners(), store.resources(), store.appointments(), store.clients(), store.schedules(),
                    store.bookingPolicies(), store.referenceDataVersion());
            this.booking = new BookAppointmentService(ports, new BookingDeposits(tx, this.gateway,
                    store.connectedAccounts(), store.paymentIntents(), store.paymentLedgers(), clinic.clock),
                    new AvailabilityEngine(), clinic.clock, BookingLimits.DEFAULT, store.bookingLimitLock());
            this.tenants = new FindTenantService(new TenantStatusCache(tx, store.tenants(), clinic.clock,
                    Duration.ofSeconds(5)));
        }

        /** Counts from the request on: the slug is resolved, then the client books. */
        BookingResult.Booked book() {
            String slug = store.tx().asPlatform(() -> store.tenants().findById(clinic.tenant)).map(Tenant::slug)
                    .orElseThrow().value();
            tx.reset();
            TenantId tenant = tenants.findActiveBySlug(slug).orElseThrow().id();
            return (BookingResult.Booked) booking.book(new BookAppointmentCommand(tenant, treatment.id(),
                    BookingFixture.WEDNESDAY_10AM, Optional.of(clinic.ana.id()), Optional.empty(),
                    BookingFixture.client("cara@example.com")).from("192.0.2.1"));
        }
    }

    @Test
    @DisplayName("a card deposit: the slug, the plan with the slot taken, then the intent recorded; Stripe outside")
    void cardDeposit() {
        PublicBooking path = new PublicBooking(new InMemoryPaymentGateway(),
                DepositPolicy.fixed(Money.of(5_000, "GBP")), true);

        BookingResult.Booked booked = path.book();

        assertThat(booked.appointment().status()).isEqualTo(AppointmentStatus.HELD);
        assertThat(booked.deposit()).isInstanceOf(DepositInstructions.PayByCard.class);
        assertThat(tx.opened()).isEqualTo(3);
        assertThat(path.gateway.intents()).isEqualTo(1);
        assertThat(path.gateway.callsInsideATransaction()).isZero();
    }

    @Test
    @DisplayName("a deposit due at the desk (no cards taken): the slug, then one transaction that also records it")
    void depositAtTheDesk() {
        PublicBooking path = new PublicBooking(new PayAtClinicPaymentGateway(),
                DepositPolicy.fixed(Money.of(5_000, "GBP")), true);

        BookingResult.Booked booked = path.book();

        assertThat(booked.appointment().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(booked.deposit()).isInstanceOf(DepositInstructions.PayAtDesk.class);
        assertThat(tx.opened()).isEqualTo(2);
    }

    @Test
    @DisplayName("cards taken but the clinic not linked to its processor account yet: no hold, two transactions")
    void cardsButNotOnboarded() {
        PublicBooking path = new PublicBooking(new InMemoryPaymentGateway(),
                DepositPolicy.fixed(Money.of(5_000, "GBP")), false);

        BookingResult.Booked booked = path.book();

        assertThat(booked.appointment().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(booked.deposit()).isInstanceOf(DepositInstructions.PayAtDesk.class);
        assertThat(tx.opened()).isEqualTo(2);
        assertThat(path.gateway.intents()).isZero();
    }

    @Test
    @DisplayName("no deposit: the slug, then the booking")
    void noDeposit() {
        PublicBooking path = new PublicBooking(new InMemoryPaymentGateway(), DepositPolicy.none(), true);

        BookingResult.Booked booked = path.book();

        assertThat(booked.appointment().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(booked.deposit()).isInstanceOf(DepositInstructions.NoDeposit.class);
        assertThat(tx.opened()).isEqualTo(2);
    }

    /** Counts the transactions opened; work that joins a running transaction is part of it, not another one. */
    private static final class CountingTransactionRunner implements TransactionRunner {

        private final TransactionRunner delegate;
        private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
        private final AtomicInteger opened = new AtomicInteger();

        CountingTransactionRunner(TransactionRunner delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T inTenant(TenantId tenant, Supplier<T> work) {
            return counted(() -> delegate.inTenant(tenant, work));
        }

        @Override
        public <T> T asPlatform(Supplier<T> work) {
            return counted(() -> delegate.asPlatform(work));
        }

        private <T> T counted(Supplier<T> run) {
            if (depth.get() == 0) {
                opened.incrementAndGet();
            }
            depth.set(depth.get() + 1);
            try {
                return run.get();
            } finally {
                depth.set(depth.get() - 1);
            }
        }

        boolean open() {
            return depth.get() > 0;
        }

        int opened() {
            return opened.get();
        }

        void reset() {
            opened.set(0);
        }
    }

    /** The gateway, noting each intent asked for and whether a transaction was open when it was asked. */
    private final class GatewayCalls implements PaymentGateway {

        private final PaymentGateway delegate;
        private final AtomicInteger intents = new AtomicInteger();
        private final AtomicInteger insideATransaction = new AtomicInteger();

        GatewayCalls(PaymentGateway delegate) {
            this.delegate = delegate;
        }

        @Override
        public GatewayMode mode() {
            return delegate.mode();
        }

        @Override
        public DepositCollection createDepositIntent(DepositIntentRequest request) {
            intents.incrementAndGet();
            if (tx.open()) {
                insideATransaction.incrementAndGet();
            }
            return delegate.createDepositIntent(request);
        }

        @Override
        public RefundReceipt refund(RefundRequest request) {
            return delegate.refund(request);
        }

        int intents() {
            return intents.get();
        }

        int callsInsideATransaction() {
            return insideATransaction.get();
        }
    }
}
