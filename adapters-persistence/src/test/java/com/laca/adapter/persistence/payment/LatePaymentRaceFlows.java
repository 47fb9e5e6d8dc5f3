package com.laca.adapter.persistence.payment;

import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.service.BookingEngineAppointments;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.payment.port.in.DepositInstructions;
import com.laca.application.payment.service.HandlePaymentEventService;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.payment.DepositSubject;
import com.laca.domain.payment.EventHeader;
import com.laca.domain.payment.PaymentEvent;
import com.laca.domain.payment.PaymentEventId;
import com.laca.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A late payment for a lapsed hold racing a new booking of the same slot, on each database with the real booking
 * repository and its locks: whichever wins, the new client gets the slot, the late payment is refunded once, and
 * nothing fails or deadlocks.
 */
abstract class LatePaymentRaceFlows {

    private static final Money DEPOSIT = Money.of(5_000, "GBP");
    private static final int ROUNDS = 5;

    abstract JpaPersistencePorts ports();

    @Test
    @DisplayName("late payment against a new booking of the same slot, five rounds: slot given once, payment refunded")
    void latePaymentRacesNewBooking() throws Exception {
        JpaPersistencePorts ports = ports();
        InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
        BookingFixture clinic = new BookingFixture(ports, gateway);
        Treatment peel = clinic.store(BookingFixture.treatment("Peel", null, Set.of(), DepositPolicy.fixed(DEPOSIT)));
        BookingEngineAppointments appointments = new BookingEngineAppointments(ports.appointments());
        HandlePaymentEventService events = new HandlePaymentEventService(ports.tx(), ports.processedPaymentEvents(),
                ports.paymentIntents(), ports.paymentLedgers(), appointments, ports.connectedAccounts(),
                ports.paymentDeadLetters(), gateway, clinic.clock);
        BookingFixture.ClientBookings booking = clinic.onboarded().booking;

        List<BookingResult.Booked> holds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            holds.add((BookingResult.Booked) booking.book(clinic.command(peel, start(round),
                    Optional.of(clinic.ana.id()), "late-" + round + "@example.com")));
        }
        clinic.clock.advance(Duration.ofHours(1));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                BookingResult.Booked hold = holds.get(round);
                DepositInstructions.PayByCard card = (DepositInstructions.PayByCard) hold.deposit();
                PaymentEvent paid = new PaymentEvent.PaymentSucceeded(new EventHeader(
                        PaymentEventId.of("evt_late_" + hold.appointment().id()), clinic.clock.instant(),
                        Optional.empty()), card.intent(), DEPOSIT,
                        Optional.of(new DepositSubject(clinic.tenant, hold.appointment().id())));
                CountDownLatch go = new CountDownLatch(1);
                int index = round;
                Future<BookingResult> rebooked = pool.submit(() -> {
                    go.await();
                    return booking.book(clinic.command(peel, start(index), Optional.of(clinic.ana.id()),
                            "new-" + index + "@example.com"));
                });
                Future<?> payment = pool.submit(() -> {
                    go.await();
                    return events.handle(paid);
                });
                go.countDown();
                BookingResult second = rebooked.get();
                payment.get();

                assertThat(second).isInstanceOf(BookingResult.Booked.class);
                assertThat(clinic.calendar.get(clinic.caller(Role.OWNER), hold.appointment().id()).status())
                        .isEqualTo(AppointmentStatus.EXPIRED);
                assertThat(ports.tx().inTenant(clinic.tenant, () -> ports.paymentLedgers()
                        .find(hold.appointment().id()).orElseThrow().ledger().clinicRevenue()).isZero()).isTrue();
                assertThat(gateway.refundedOn(card.intent(), "GBP")).isEqualTo(DEPOSIT);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Instant start(int round) {
        return BookingFixture.WEDNESDAY_10AM.plus(Duration.ofHours(round));
    }
}
