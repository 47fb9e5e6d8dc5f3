package com.laca.application.payment.service;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.adapter.inmemory.payment.InMemoryPaymentPorts;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.booking.port.in.AppointmentAction;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.service.BookingEngineAppointments;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.payment.port.in.DepositInstructions;
import com.laca.application.payment.port.in.DepositUnavailableException;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.RefundRequest;
import com.laca.application.shared.PaymentGatewayUnavailableException;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.payment.DepositSubject;
import com.laca.domain.payment.EventHeader;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.payment.PaymentEvent;
import com.laca.domain.payment.PaymentEventId;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Deposits with the real booking engine")
class DepositFlowTest {

    private static final Money DEPOSIT = Money.of(5_000, "GBP");

    private final InMemoryPersistencePorts persistence = new InMemoryPersistencePorts();
    private final InMemoryPaymentPorts payments = persistence.payments();

    /** The booking fixture, the payment services over it and one deposit treatment. */
    private final class Clinic {
        final BookingFixture booking;
        final PaymentGateway gateway;
        final BookingEngineAppointments appointments;
        final HandlePaymentEventService events;
        final BookingFixture.ClientBookings service;
        final Treatment peel;

        Clinic(PaymentGateway gateway) {
            this(gateway, true);
        }

        Clinic(PaymentGateway gateway, boolean onboarded) {
            this.booking = new BookingFixture(persistence, gateway);
            this.gateway = gateway;
            this.appointments = new BookingEngineAppointments(persistence.appointments());
            this.events = new HandlePaymentEventService(persistence.tx(), payments.processed(), payments.intents(),
                    payments.ledgers(), appointments, payments.accounts(), payments.deadLetters(), gateway,
                    booking.clock);
            this.service = booking.booking;
            this.peel = booking.store(BookingFixture.treatment("Peel", null, Set.of(), DepositPolicy.fixed(DEPOSIT)));
            if (onboarded) {
                persistence.tx().asPlatform(() -> {
                    payments.accounts().save(booking.tenant, ConnectedAccountId.of("acct_" + booking.tenant));
                    return null;
                });
            }
        }

        BookingResult.Booked book(String email) {
            return (BookingResult.Booked) service.book(booking.command(peel, BookingFixture.WEDNESDAY_10AM,
                    Optional.of(booking.ana.id()), email));
        }

        AppointmentStatus status(AppointmentId id) {
            return booking.calendar.get(booking.caller(Role.OWNER), id).status();
        }

        PaymentLedger ledger(AppointmentId id) {
            return persistence.tx().inTenant(booking.tenant, () -> payments.ledgers().find(id).orElseThrow().ledger());
        }

        PaymentEvent.PaymentSucceeded paid(String eventId, BookingResult.Booked booked) {
            DepositInstructions.PayByCard card = (DepositInstructions.PayByCard) booked.deposit();
            return new PaymentEvent.PaymentSucceeded(new EventHeader(PaymentEventId.of(eventId),
                    booking.clock.instant(), Optional.empty()), card.intent(), card.amount(),
                    Optional.of(new DepositSubject(booking.tenant, booked.appointment().id())));
        }
    }

    @Test
    @DisplayName("book, pay, confirm, cancel in the free window: the deposit is refunded and the ledger is zero")
    void happyPathWithRefund() {
        InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
        Clinic clinic = new Clinic(gateway);

        BookingResult.Booked booked = clinic.book("cara@example.com");
        AppointmentId id = booked.appointment().id();
        assertThat(booked.appointment().status()).isEqualTo(AppointmentStatus.HELD);
        DepositInstructions.PayByCard card = (DepositInstructions.PayByCard) booked.deposit();
        assertThat(card.amount()).isEqualTo(DEPOSIT);
        assertThat(card.holdExpiresAt()).isEqualTo(booked.appointment().holdExpiresAt().orElseThrow());

        clinic.events.handle(clinic.paid("evt_paid", booked));
        assertThat(clinic.status(id)).isEqualTo(AppointmentStatus.CONFIRMED);

        clinic.service.cancel(clinic.booking.tenant, booked.manageToken());

        assertThat(clinic.status(id)).isEqualTo(AppointmentStatus.CANCELLED);
        PaymentLedger ledger = clinic.ledger(id);
        assertThat(ledger.refunded()).isEqualTo(DEPOSIT);
        assertThat(ledger.clinicRevenue().isZero()).isTrue();
        assertThat(gateway.refundedOn(card.intent(), "GBP")).isEqualTo(DEPOSIT);
    }

    @Test
    @DisplayName("a late payment for a lapsed hold whose slot was rebooked is refunded; the slot stays with the new client")
    void latePaymentAfterRebooking() {
        InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
        Clinic clinic = new Clinic(gateway);
        BookingResult.Booked first = clinic.book("first@example.com");
        clinic.booking.clock.advance(Duration.ofHours(1));
        BookingResult.Booked second = clinic.book("second@example.com");

        clinic.events.handle(clinic.paid("evt_late", first));

        assertThat(clinic.status(first.appointment().id())).isEqualTo(AppointmentStatus.EXPIRED);
        assertThat(clinic.status(second.appointment().id())).isEqualTo(AppointmentStatus.HELD);
        RefundRequest refund = (RefundRequest) gateway.calls().stream()
                .filter(call -> call instanceof RefundRequest).findFirst().orElseThrow();
        assertThat(refund.reason()).isEqualTo(RefundReason.LATE_PAYMENT_SLOT_TAKEN);
        assertThat(clinic.ledger(first.appointment().id()).clinicRevenue().isZero()).isTrue();
    }

    @Test
    @DisplayName("a no-show forfeits the paid deposit to the clinic")
    void noShowForfeits() {
        Clinic clinic = new Clinic(new InMemoryPaymentGateway());
        BookingResult.Booked booked = clinic.book("cara@example.com");
        clinic.events.handle(clinic.paid("evt_paid", booked));
        clinic.booking.clock.set(BookingFixture.WEDNESDAY_10AM.plus(Duration.ofHours(1)));

        clinic.booking.calendar.act(clinic.booking.caller(Role.FRONTDESK), booked.appointment().id(),
                AppointmentAction.NO_SHOW);

        PaymentLedger ledger = clinic.ledger(booked.appointment().id());
        assertThat(ledger.forfeited()).isEqualTo(DEPOSIT);
        assertThat(ledger.clinicRevenue()).isEqualTo(DEPOSIT);
    }

    @Test
    @DisplayName("processor down at booking: 'unavailable' is reported and the slot is free again at once")
    void processorDownReleasesSlot() {
        InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
        Clinic clinic = new Clinic(gateway);
        gateway.failNextCallWith(new PaymentGatewayUnavailableException("down"));

        assertThatThrownBy(() -> clinic.book("cara@example.com")).isInstanceOf(DepositUnavailableException.class);

        BookingResult.Booked again = clinic.book("cara@example.com");
        assertThat(again.appointment().status()).isEqualTo(AppointmentStatus.HELD);
    }

    @Test
    @DisplayName("card payments on, but the clinic has no connected account yet: confirmed, deposit due at the desk")
    void clinicNotOnboarded() {
        InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
        Clinic clinic = new Clinic(gateway, false);

        BookingResult.Booked booked = clinic.book("cara@example.com");

        assertThat(booked.appointment().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(booked.deposit()).isEqualTo(new DepositInstructions.PayAtDesk(DEPOSIT));
        assertThat(gateway.calls()).isEmpty();
    }

    @Test
    @DisplayName("pay at clinic: confirmed at once, the deposit due at the desk")
    void payAtClinic() {
        Clinic clinic = new Clinic(new PayAtClinicPaymentGateway());

        BookingResult.Booked booked = clinic.book("cara@example.com");

        assertThat(booked.appointment().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(booked.deposit()).isEqualTo(new DepositInstructions.PayAtDesk(DEPOSIT));
        assertThat(clinic.ledger(booked.appointment().id()).entries()).singleElement()
                .satisfies(entry -> assertThat(entry.kind()).isEqualTo(LedgerEntryKind.DEPOSIT_DUE_AT_DESK));
    }
}
