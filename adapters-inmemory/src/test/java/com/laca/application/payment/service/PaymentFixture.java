package com.laca.application.payment.service;

import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.adapter.inmemory.payment.InMemoryPaymentPorts;
import com.laca.application.payment.port.in.DeskPaymentCommand;
import com.laca.application.payment.port.in.DeskPaymentOutcome;
import com.laca.application.payment.port.in.LedgerView;
import com.laca.application.payment.port.in.ManagePaymentsUseCase;
import com.laca.application.payment.port.in.RefundCommand;
import com.laca.application.payment.port.in.RefundOutcome;
import com.laca.application.payment.port.out.PaymentIntentRecord;
import com.laca.application.shared.Caller;
import com.laca.domain.booking.CancellationOutcome;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.DepositSubject;
import com.laca.domain.payment.EventHeader;
import com.laca.domain.payment.IntentStatus;
import com.laca.domain.payment.PaymentEvent;
import com.laca.domain.payment.PaymentEventId;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** One clinic with a card deposit asked for on one held appointment, and the services over in-memory ports. */
final class PaymentFixture {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final Money DEPOSIT = Money.of(5_000, "GBP");
    static final Money PRICE = Money.of(20_000, "GBP");

    final MovableClock clock = new MovableClock(NOW);
    final InMemoryPaymentPorts ports = new InMemoryPaymentPorts();
    final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
    final InMemoryBookedAppointments appointments = new InMemoryBookedAppointments(ports.tx());
    final TenantId tenant = TenantId.random();
    final AppointmentId appointment = AppointmentId.random();
    final PaymentIntentId intent = PaymentIntentId.of("pi_fixture");
    final HandlePaymentEventService events = new HandlePaymentEventService(ports.tx(), ports.processed(),
            ports.intents(), ports.ledgers(), appointments, ports.accounts(), ports.deadLetters(), gateway,
            clock);
    final Payments payments = new Payments(new ManagePaymentsService(ports.tx(), ports.ledgers(), ports.intents(),
            appointments, ports.accounts(), gateway, clock), new DepositSettlementService(ports.tx(), ports.ledgers(),
            ports.intents(), ports.accounts(), gateway, clock));
    final BookingDeposits deposits = new BookingDeposits(ports.tx(), gateway, ports.accounts(), ports.intents(),
            ports.ledgers(), clock);

    PaymentFixture() {
        ports.tx().asPlatform(() -> {
            ports.accounts().save(tenant, ConnectedAccountId.of("acct_clinic"));
            return null;
        });
    }

    /** A held appointment (15 minutes) with a card deposit requested under {@link #intent}. */
    PaymentFixture withHeldDeposit() {
        ports.tx().inTenant(tenant, () -> {
            appointments.hold(appointment, NOW.plus(Duration.ofMinutes(15)), NOW.plus(Duration.ofDays(7)),
                    PRICE);
            ports.intents().add(new PaymentIntentRecord(intent, appointment, DEPOSIT,
                    IntentStatus.REQUIRES_PAYMENT_METHOD, NOW));
            var ledger = ports.ledgers().lockOrOpen(appointment, PRICE).ledger();
            ports.ledgers().append(appointment, ((com.laca.domain.payment.LedgerResult.Recorded)
                    ledger.requestDeposit(DEPOSIT, NOW, PaymentReference.of(intent.value()))).entry());
            return null;
        });
        return this;
    }

    Caller caller(Role role) {
        return new Caller(UserId.random(), tenant, Set.of(role));
    }

    EventHeader header(String id) {
        return new EventHeader(PaymentEventId.of(id), clock.instant(), Optional.of(ConnectedAccountId.of("acct_clinic")));
    }

    PaymentEvent.PaymentSucceeded succeeded(String id) {
        return new PaymentEvent.PaymentSucceeded(header(id), intent, DEPOSIT,
                Optional.of(new DepositSubject(tenant, appointment)));
    }

    PaymentEvent.PaymentFailed failed(String id) {
        return new PaymentEvent.PaymentFailed(header(id), intent, Optional.empty(), Optional.of("card_declined"));
    }

    PaymentEvent.PaymentCanceled canceled(String id) {
        return new PaymentEvent.PaymentCanceled(header(id), intent, Optional.empty(), Optional.empty());
    }

    PaymentEvent.ChargeRefunded refunded(String id, long totalPence) {
        return new PaymentEvent.ChargeRefunded(header(id), intent, Money.of(totalPence, "GBP"));
    }

    PaymentEvent.DisputeCreated disputed(String id) {
        return new PaymentEvent.DisputeCreated(header(id), intent, DEPOSIT, "fraudulent");
    }

    PaymentLedger ledger() {
        return ports.tx().inTenant(tenant, () -> ports.ledgers().find(appointment).orElseThrow().ledger());
    }

    IntentStatus intentStatus() {
        return ports.tx().inTenant(tenant, () -> ports.intents().find(intent).orElseThrow().status());
    }

    com.laca.domain.booking.AppointmentStatus appointmentStatus() {
        return ports.tx().inTenant(tenant,
                () -> appointments.find(appointment, clock.instant()).orElseThrow().status());
    }

    int confirmations() {
        return ports.tx().inTenant(tenant, () -> appointments.confirmations(appointment));
    }

    /** Staff money operations and the settlement of cancellations, side by side as the payment area offers them. */
    static final class Payments implements ManagePaymentsUseCase {

        private final ManagePaymentsService staff;
        private final DepositSettlementService settlement;

        Payments(ManagePaymentsService staff, DepositSettlementService settlement) {
            this.staff = staff;
            this.settlement = settlement;
        }

        SettlementResult settle(TenantId tenant, AppointmentId appointment, CancellationOutcome outcome) {
            return settlement.settle(tenant, appointment, outcome);
        }

        @Override
        public LedgerView ledger(Caller caller, AppointmentId appointment) {
            return staff.ledger(caller, appointment);
        }

        @Override
        public RefundOutcome refund(Caller caller, RefundCommand command) {
            return staff.refund(caller, command);
        }

        @Override
        public DeskPaymentOutcome recordDeskPayment(Caller caller, DeskPaymentCommand command) {
            return staff.recordDeskPayment(caller, command);
        }

        @Override
        public LedgerView sendPendingRefunds(Caller caller, AppointmentId appointment) {
            return staff.sendPendingRefunds(caller, appointment);
        }

        @Override
        public LedgerView waiveForfeit(Caller caller, AppointmentId appointment, String reason) {
            return staff.waiveForfeit(caller, appointment, reason);
        }
    }

    /** A clock tests move forward, e.g. past a hold's expiry. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
