package com.laca.application.booking.service;

import static com.laca.application.booking.service.BookingFixture.NOW;
import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.in.BookedAppointments;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.StaffCancellation;
import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.domain.booking.BookingPolicy;
import com.laca.domain.booking.CancellationOutcome;
import com.laca.domain.booking.CancellationReason;
import com.laca.domain.booking.ClientTerms;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A booking keeps the price, deposit and cancellation terms it was made on")
class BookingKeepsItsTermsTest {

    private static final Money AGREED_PRICE = Money.of(20_000, "GBP");
    private static final Money AGREED_DEPOSIT = Money.of(5_000, "GBP");

    private final BookingFixture clinic = new BookingFixture(new InMemoryPersistencePorts(),
            new PayAtClinicPaymentGateway());
    /** £200.00 with a £50.00 deposit; the clinic's window is the standard 48 hours. */
    private final Treatment peel = clinic.store(BookingFixture.treatment("Peel", Qualification.NURSE, Set.of(),
            DepositPolicy.fixed(AGREED_DEPOSIT)));

    /** After the booking the clinic asks £300.00 with £100.00 down and wants 72 hours' notice. */
    private void clinicChangesItsTerms() {
        clinic.ports.tx().inTenant(clinic.tenant, () -> {
            clinic.ports.treatments().update(new Treatment(peel.id(), peel.name(), peel.category(),
                    peel.description(), peel.duration(), peel.bufferBefore(), peel.bufferAfter(),
                    Money.of(30_000, "GBP"), Qualification.NURSE, peel.requiredResourceTypes(), peel.bookingWindow(),
                    DepositPolicy.fixed(Money.of(10_000, "GBP")), true, peel.version()));
            clinic.ports.bookingPolicies().put(new BookingPolicy(Duration.ofHours(72), Duration.ofMinutes(15)));
            return null;
        });
    }

    private static void assertAgreed(ClientTerms terms, Instant start) {
        assertThat(terms.price()).isEqualTo(AGREED_PRICE);
        assertThat(terms.deposit()).isEqualTo(AGREED_DEPOSIT);
        assertThat(terms.freeCancellationUntil()).isEqualTo(start.minus(Duration.ofHours(48)));
    }

    @Test
    @DisplayName("the manage page and the staff calendar still show £200.00, £50.00 down and 48 hours' notice after "
            + "the clinic raises its price, its deposit and its window")
    void viewsShowTheAgreedTerms() {
        BookingResult.Booked booked = clinic.book(peel, WEDNESDAY_10AM, Optional.empty(), "cara@example.com");
        assertAgreed(booked.appointment().terms(), WEDNESDAY_10AM);

        clinicChangesItsTerms();

        assertAgreed(clinic.booking.view(clinic.tenant, booked.manageToken()).terms(), WEDNESDAY_10AM);
        assertAgreed(clinic.calendar.get(clinic.caller(Role.FRONTDESK), booked.appointment().id()).terms(),
                WEDNESDAY_10AM);
    }

    @Test
    @DisplayName("payments measure the balance against the agreed price, not today's")
    void paymentsSeeTheAgreedPrice() {
        BookingResult.Booked booked = clinic.book(peel, WEDNESDAY_10AM, Optional.empty(), "cara@example.com");
        clinicChangesItsTerms();

        Optional<BookedAppointments.BookedAppointment> seen = clinic.ports.tx().inTenant(clinic.tenant,
                () -> new BookingEngineAppointments(clinic.ports.appointments())
                        .find(booked.appointment().id(), NOW));

        assertThat(seen.orElseThrow().price()).isEqualTo(AGREED_PRICE);
    }

    @Test
    @DisplayName("cancelling 49 hours before the start is free, as agreed, although the clinic now asks 72 hours")
    void cancellationByTheAgreedWindow() {
        BookingResult.Booked booked = clinic.book(peel, WEDNESDAY_10AM, Optional.empty(), "cara@example.com");
        clinicChangesItsTerms();

        TransitionOutcome outcome = clinic.booking.cancel(clinic.tenant, booked.manageToken());

        assertThat(((TransitionOutcome.Changed) outcome).cancellation())
                .contains(CancellationOutcome.FREE_CANCELLATION);
        assertAgreed(((TransitionOutcome.Changed) outcome).appointment().terms(), WEDNESDAY_10AM);
    }

    @Test
    @DisplayName("the desk cancelling 49 hours before the start refunds the deposit, as agreed")
    void deskCancellationByTheAgreedWindow() {
        BookingResult.Booked booked = clinic.book(peel, WEDNESDAY_10AM, Optional.empty(), "cara@example.com");
        clinicChangesItsTerms();

        TransitionOutcome outcome = clinic.calendar.cancel(clinic.caller(Role.OWNER), booked.appointment().id(),
                new StaffCancellation(CancellationReason.CLIENT_REQUEST, Optional.empty()));

        assertThat(((TransitionOutcome.Changed) outcome).cancellation())
                .contains(CancellationOutcome.FREE_CANCELLATION);
    }

    @Test
    @DisplayName("a client moving the booking a day later keeps £200.00 and £50.00, and may cancel free until 48 hours "
            + "before the new start")
    void rescheduleKeepsTheTerms() {
        BookingResult.Booked booked = clinic.book(peel, WEDNESDAY_10AM, Optional.empty(), "cara@example.com");
        clinicChangesItsTerms();
        Instant thursday = WEDNESDAY_10AM.plus(Duration.ofDays(1));

        BookingResult moved = clinic.booking.reschedule(clinic.tenant, booked.manageToken(), thursday,
                Optional.empty());

        AppointmentView view = ((BookingResult.Booked) moved).appointment();
        assertThat(view.start()).isEqualTo(thursday);
        assertAgreed(view.terms(), thursday);
        assertAgreed(clinic.booking.view(clinic.tenant, booked.manageToken()).terms(), thursday);
    }
}
