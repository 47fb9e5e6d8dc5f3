package com.laca.adapter.persistence;

import static com.laca.application.service.booking.BookingFixture.WEDNESDAY;
import static com.laca.application.service.booking.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.port.in.booking.AppointmentView;
import com.laca.application.port.in.booking.AvailabilityRequest;
import com.laca.application.port.in.booking.AvailableSlot;
import com.laca.application.port.in.booking.BookingResult;
import com.laca.application.port.in.booking.CalendarQuery;
import com.laca.application.port.in.booking.TransitionOutcome;
import com.laca.application.port.out.InMemoryPaymentGateway;
import com.laca.application.port.out.PersistencePorts;
import com.laca.application.service.booking.BookingFixture;
import com.laca.application.service.booking.BookingService;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.scheduling.RejectionReason;
import com.laca.domain.shared.Money;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The real booking services over the JPA adapter under real concurrency: many clients racing for one slot, neighbours
 * touching, cancelling and rebooking, and a lapsed hold giving its time back. Run on H2 (application locks only) and
 * on PostgreSQL (locks plus exclusion constraints, under row-level security).
 */
abstract class BookingFlows {

    private static final int CLIENTS = 50;

    /** The adapter under test, over a migrated database. */
    abstract PersistencePorts ports();

    /** A second adapter instance (its own persistence unit) over the same database, as a second server would have. */
    abstract PersistencePorts secondServer();

    @Test
    @DisplayName("50 clients book the same practitioner at the same time: one booking, 49 told the slot is taken")
    void fiftyRaceForOneSlot() throws Exception {
        BookingFixture clinic = new BookingFixture(ports());
        race(clinic, List.of(clinic.booking));
    }

    @Test
    @DisplayName("the same race split across two server instances on one database: still exactly one booking")
    void fiftyRaceAcrossTwoServers() throws Exception {
        BookingFixture clinic = new BookingFixture(ports());
        race(clinic, List.of(clinic.booking, clinic.bookingOn(secondServer())));
    }

    private static void race(BookingFixture clinic, List<BookingService> servers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<BookingResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                String email = "racer-" + i + "@example.com";
                BookingService server = servers.get(i % servers.size());
                results.add(pool.submit(() -> {
                    start.await();
                    return server.book(clinic.command(clinic.consultation, WEDNESDAY_10AM,
                            Optional.of(clinic.ana.id()), email));
                }));
            }
            start.countDown();
            List<BookingResult> answers = new ArrayList<>();
            for (Future<BookingResult> result : results) {
                answers.add(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(answers).filteredOn(BookingResult.Booked.class::isInstance).hasSize(1);
            assertThat(answers).filteredOn(BookingResult.SlotUnavailable.class::isInstance).hasSize(CLIENTS - 1)
                    .allSatisfy(answer -> assertThat(((BookingResult.SlotUnavailable) answer).reason())
                            .isEqualTo(RejectionReason.PRACTITIONER_BUSY));
            assertThat(wednesdayCalendar(clinic)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("back-to-back appointments, the second starting as the first's clean-up ends, both succeed")
    void backToBack() {
        BookingFixture clinic = new BookingFixture(ports());
        clinic.book(clinic.toxin, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "a@example.com");
        clinic.book(clinic.toxin, WEDNESDAY_10AM.plus(Duration.ofMinutes(45)), Optional.of(clinic.ana.id()),
                "b@example.com");

        assertThat(wednesdayCalendar(clinic)).extracting(AppointmentView::status)
                .containsExactly(AppointmentStatus.CONFIRMED, AppointmentStatus.CONFIRMED);
    }

    @Test
    @DisplayName("a cancelled appointment frees its practitioner and room for the next client")
    void cancelThenRebook() {
        BookingFixture clinic = new BookingFixture(ports());
        String token = clinic.book(clinic.toxin, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "a@example.com")
                .manageToken();
        assertThat(clinic.booking.cancel(clinic.tenant, token)).isInstanceOf(TransitionOutcome.Changed.class);

        clinic.book(clinic.toxin, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "b@example.com");

        assertThat(wednesdayCalendar(clinic)).extracting(AppointmentView::status)
                .containsExactlyInAnyOrder(AppointmentStatus.CANCELLED, AppointmentStatus.CONFIRMED);
    }

    @Test
    @DisplayName("a hold whose time ran out frees its slot: listed again, and booked again in the same transaction")
    void expiredHoldFreesItsSlot() {
        BookingFixture clinic = new BookingFixture(ports(), new InMemoryPaymentGateway());
        Treatment peel = clinic.store(BookingFixture.treatment("Peel", null, Set.of(clinic.room.type()),
                DepositPolicy.fixed(Money.of(5_000, "GBP"))));
        AppointmentView held = clinic.book(peel, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "a@example.com")
                .appointment();
        assertThat(held.status()).isEqualTo(AppointmentStatus.HELD);
        assertThat(slotsAt(clinic, peel)).isEmpty();

        clinic.clock.advance(Duration.ofMinutes(15));

        assertThat(slotsAt(clinic, peel)).hasSize(1);
        AppointmentView rebooked = clinic.book(peel, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "b@example.com")
                .appointment();
        assertThat(rebooked.status()).isEqualTo(AppointmentStatus.HELD);
        assertThat(wednesdayCalendar(clinic)).extracting(AppointmentView::status)
                .containsExactlyInAnyOrder(AppointmentStatus.EXPIRED, AppointmentStatus.HELD);
    }

    @Test
    @DisplayName("the hold-expiry job records lapsed holds as expired")
    void expiryJob() {
        BookingFixture clinic = new BookingFixture(ports(), new InMemoryPaymentGateway());
        Treatment peel = clinic.store(BookingFixture.treatment("Peel", null, Set.of(),
                DepositPolicy.fixed(Money.of(5_000, "GBP"))));
        clinic.book(peel, WEDNESDAY_10AM, Optional.empty(), "a@example.com");
        clinic.clock.advance(Duration.ofMinutes(20));

        assertThat(clinic.holds.expireLapsedHolds()).isPositive();
        assertThat(wednesdayCalendar(clinic)).extracting(AppointmentView::status)
                .containsExactly(AppointmentStatus.EXPIRED);
    }

    private static List<AvailableSlot> slotsAt(BookingFixture clinic, Treatment treatment) {
        return clinic.availability.availability(new AvailabilityRequest(clinic.tenant, treatment.id(), WEDNESDAY,
                        WEDNESDAY, Optional.of(clinic.ana.id()), Optional.empty())).stream()
                .filter(slot -> slot.start().equals(WEDNESDAY_10AM)).toList();
    }

    private static List<AppointmentView> wednesdayCalendar(BookingFixture clinic) {
        return clinic.calendar.calendar(clinic.caller(Role.OWNER),
                new CalendarQuery(WEDNESDAY, WEDNESDAY, Optional.empty(), Optional.empty()));
    }
}
