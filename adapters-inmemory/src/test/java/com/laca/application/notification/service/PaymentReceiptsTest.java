package com.laca.application.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.adapter.inmemory.payment.InMemoryPaymentPorts;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.out.PreVisitLinks;
import com.laca.application.booking.service.BookAppointmentService;
import com.laca.application.booking.service.BookingEngineAppointments;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.booking.service.BookingNotifications;
import com.laca.application.booking.service.ManageOwnBookingService;
import com.laca.application.payment.port.in.DepositInstructions;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.payment.service.DepositSettlementService;
import com.laca.application.payment.service.HandlePaymentEventService;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.FactValue;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.MessageKindCatalogue;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.Topic;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.payment.DepositSubject;
import com.laca.domain.payment.EventHeader;
import com.laca.domain.payment.PaymentEvent;
import com.laca.domain.payment.PaymentEventId;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.shared.Money;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Payments write their receipts (deposit received, refund issued) to the outbox in the transaction that records the
 * money, once per ledger entry, over the real booking and payment services and the in-memory adapters.
 */
@DisplayName("Receipts for deposits and refunds")
class PaymentReceiptsTest {

    private static final Money DEPOSIT = Money.of(5_000, "GBP");
    private static final URI BASE = URI.create("http://localhost:8080");

    private final InMemoryPersistencePorts store = new InMemoryPersistencePorts();
    private final InMemoryPaymentPorts payments = store.payments();
    private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
    private final BookingFixture clinic = new BookingFixture(store, gateway);
    private final EnqueueNotificationService enqueue = new EnqueueNotificationService(store.outbox(),
            store.contacts(), store.notificationSettings(), MessageKindCatalogue.standard(), clinic.clock);
    private final PreVisitLinks preVisit = (tenant, treatment, token) -> Optional.of(URI.create(BASE
            + "/pre-visit/" + token));
    private final BookingNotifications notifications = new BookingNotifications(enqueue, clinic.bookingPorts, BASE,
            preVisit);
    private final BookAppointmentService booking = new BookAppointmentService(clinic.bookingPorts,
            new BookingDeposits(store.tx(), gateway, store.connectedAccounts(), store.paymentIntents(),
                    store.paymentLedgers(), clinic.clock),
            new AvailabilityEngine(), clinic.clock, BookingLimits.DEFAULT, store.bookingLimitLock(), notifications);
    private final DepositSettlementService settlement = new DepositSettlementService(store.tx(),
            store.paymentLedgers(), store.paymentIntents(), store.connectedAccounts(), gateway, clinic.clock,
            notifications);
    private final ManageOwnBookingService ownBooking = new ManageOwnBookingService(clinic.bookingPorts, settlement,
            new AvailabilityEngine(), clinic.clock, notifications);
    private final HandlePaymentEventService events = new HandlePaymentEventService(store.tx(), payments.processed(),
            payments.intents(), payments.ledgers(),
            new BookingEngineAppointments(store.appointments(), notifications),
            payments.accounts(), payments.deadLetters(), gateway, clinic.clock, notifications);
    private final Treatment peel = clinic.onboarded()
            .store(BookingFixture.treatment("Peel", null, Set.of(), DepositPolicy.fixed(DEPOSIT)));

    @Test
    @DisplayName("A paid deposit writes one 'deposit received' e-mail with the amount, even if the processor repeats it")
    void depositReceivedOnce() {
        BookingResult.Booked booked = book();

        events.handle(paid("evt_1", booked));
        events.handle(paid("evt_1", booked));

        List<OutboxMessage> receipts = messages(booked, MessageKind.DEPOSIT_RECEIVED);
        assertThat(receipts).hasSize(1);
        assertThat(receipts.get(0).envelope().recipient().channel()).isEqualTo(Channel.EMAIL);
        assertThat(receipts.get(0).envelope().facts().get(Facts.DEPOSIT_AMOUNT))
                .contains(new FactValue.Amount(DEPOSIT));
        assertThat(messages(booked, MessageKind.BOOKING_CONFIRMED)).isNotEmpty();
    }

    @Test
    @DisplayName("The confirmation after a paid deposit links to the booking and its pre-visit step, as the hold's did")
    void confirmationAfterDepositKeepsTheLinks() {
        BookingResult.Booked booked = book();

        events.handle(paid("evt_3", booked));

        OutboxMessage hold = messages(booked, MessageKind.HOLD_AWAITING_DEPOSIT).get(0);
        List<OutboxMessage> confirmations = messages(booked, MessageKind.BOOKING_CONFIRMED);
        assertThat(confirmations).isNotEmpty().allSatisfy(confirmation -> {
            assertThat(confirmation.envelope().facts().get(Facts.MANAGE_LINK))
                    .isEqualTo(hold.envelope().facts().get(Facts.MANAGE_LINK))
                    .contains(new FactValue.Link(URI.create(BASE + "/api/public/" + slug() + "/bookings/"
                            + booked.manageToken())));
            assertThat(confirmation.envelope().facts().get(Facts.PREVISIT_LINK))
                    .contains(new FactValue.Link(URI.create(BASE + "/pre-visit/" + booked.manageToken())));
        });
        assertThat(messages(booked, MessageKind.DEPOSIT_RECEIVED).get(0).envelope().facts().get(Facts.MANAGE_LINK))
                .isEqualTo(hold.envelope().facts().get(Facts.MANAGE_LINK));
    }

    @Test
    @DisplayName("A free cancellation refunds the deposit and writes one 'refund issued' e-mail with the amount")
    void refundIssuedOnCancellation() {
        BookingResult.Booked booked = book();
        events.handle(paid("evt_2", booked));

        ownBooking.cancel(clinic.tenant, booked.manageToken());

        List<OutboxMessage> refunds = messages(booked, MessageKind.REFUND_ISSUED);
        assertThat(refunds).hasSize(1);
        assertThat(refunds.get(0).envelope().facts().get(Facts.REFUND_AMOUNT)).contains(new FactValue.Amount(DEPOSIT));
    }

    @Test
    @DisplayName("A hold that is never paid gets no receipt")
    void noPaymentNoReceipt() {
        BookingResult.Booked booked = book();

        assertThat(messages(booked, MessageKind.HOLD_AWAITING_DEPOSIT)).isNotEmpty();
        assertThat(messages(booked, MessageKind.DEPOSIT_RECEIVED)).isEmpty();
        assertThat(messages(booked, MessageKind.REFUND_ISSUED)).isEmpty();
    }

    private BookingResult.Booked book() {
        BookingResult result = booking.book(clinic.command(peel, BookingFixture.WEDNESDAY_10AM,
                Optional.of(clinic.ana.id()), "cara@example.com"));
        assertThat(result).isInstanceOf(BookingResult.Booked.class);
        return (BookingResult.Booked) result;
    }

    private String slug() {
        return store.tx().asPlatform(() -> store.tenants().findById(clinic.tenant)).orElseThrow().slug().toString();
    }

    private PaymentEvent.PaymentSucceeded paid(String eventId, BookingResult.Booked booked) {
        DepositInstructions.PayByCard card = (DepositInstructions.PayByCard) booked.deposit();
        return new PaymentEvent.PaymentSucceeded(new EventHeader(PaymentEventId.of(eventId), clinic.clock.instant(),
                Optional.empty()), card.intent(), card.amount(),
                Optional.of(new DepositSubject(clinic.tenant, booked.appointment().id())));
    }

    private List<OutboxMessage> messages(BookingResult.Booked booked, MessageKind kind) {
        return store.tx().inTenant(clinic.tenant, () -> store.outbox().findByTopic(
                        Topic.appointment(booked.appointment().id()))).stream()
                .filter(m -> m.envelope().kind().equals(kind)).toList();
    }
}
