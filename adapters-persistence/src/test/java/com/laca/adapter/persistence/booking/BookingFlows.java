package com.laca.adapter.persistence.booking;

import static com.laca.application.booking.service.BookingFixture.WEDNESDAY;
import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.in.AvailabilityRequest;
import com.laca.application.booking.port.in.AvailableSlot;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.CalendarQuery;
import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.shared.PersistencePorts;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.BookingLimit;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.booking.TransitionResult;
import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.scheduling.DateRange;
import com.laca.domain.scheduling.RejectionReason;
import com.laca.domain.scheduling.TimeWindow;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PractitionerId;
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
import java.util.function.IntFunction;
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
        BookingFixture clinic = new BookingFixture(ports(), new PayAtClinicPaymentGateway());
        race(clinic, List.of(clinic.booking));
    }

    @Test
    @DisplayName("the same race split across two server instances on one database: still exactly one booking")
    void fiftyRaceAcrossTwoServers() throws Exception {
        BookingFixture clinic = new BookingFixture(ports(), new PayAtClinicPaymentGateway());
        race(clinic, List.of(clinic.booking, clinic.bookingOn(secondServer())));
    }

    private static void race(BookingFixture clinic, List<BookingFixture.ClientBookings> servers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<BookingResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                String email = "racer-" + i + "@example.com";
                BookingFixture.ClientBookings server = servers.get(i % servers.size());
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
    @DisplayName("while a booking of one practitioner holds its locks, a booking of another practitioner at the same "
            + "location for a treatment that needs no room is booked: one location's bookings do not queue on it")
    void anotherPractitionerDoesNotWait() throws Exception {
        BookingFixture clinic = new BookingFixture(ports(), new PayAtClinicPaymentGateway());
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch booked = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> holder = pool.submit(() -> clinic.ports.tx().inTenant(clinic.tenant, () -> {
                clinic.ports.appointments().lockForBooking(List.of(clinic.location.id()), List.of(clinic.ben.id()));
                held.countDown();
                try {
                    return booked.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();

            BookingResult answer = clinic.booking.book(clinic.command(clinic.consultation, WEDNESDAY_10AM,
                    Optional.of(clinic.ana.id()), "other@example.com"));
            booked.countDown();

            assertThat(answer).isInstanceOf(BookingResult.Booked.class);
            assertThat(holder.get(60, TimeUnit.SECONDS)).as("booked while the other booking's locks were held").isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("20 clients book two practitioners at once for a treatment that needs the location's one room: one "
            + "booking, the room is never double-booked")
    void twoPractitionersRaceForOneRoom() throws Exception {
        BookingFixture clinic = new BookingFixture(ports(), new PayAtClinicPaymentGateway());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<BookingResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Practitioner practitioner = i % 2 == 0 ? clinic.ana : clinic.ben;
                String email = "room-racer-" + i + "@example.com";
                results.add(pool.submit(() -> {
                    start.await();
                    return clinic.booking.book(clinic.command(clinic.toxin, WEDNESDAY_10AM,
                            Optional.of(practitioner.id()), email));
                }));
            }
            start.countDown();
            List<BookingResult> answers = new ArrayList<>();
            for (Future<BookingResult> result : results) {
                answers.add(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(answers).filteredOn(BookingResult.Booked.class::isInstance).hasSize(1);
            assertThat(wednesdayCalendar(clinic)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("back-to-back appointments, the second starting as the first's clean-up ends, both succeed")
    void backToBack() {
        BookingFixture clinic = new BookingFixture(ports(), new PayAtClinicPaymentGateway());
        clinic.book(clinic.toxin, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "a@example.com");
        clinic.book(clinic.toxin, WEDNESDAY_10AM.plus(Duration.ofMinutes(45)), Optional.of(clinic.ana.id()),
                "b@example.com");

        assertThat(wednesdayCalendar(clinic)).extracting(AppointmentView::status)
                .containsExactly(AppointmentStatus.CONFIRMED, AppointmentStatus.CONFIRMED);
    }

    @Test
    @DisplayName("a cancelled appointment frees its practitioner and room for the next client")
    void cancelThenRebook() {
        BookingFixture clinic = new BookingFixture(ports(), new PayAtClinicPaymentGateway());
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
        BookingFixture clinic = new BookingFixture(ports(), new InMemoryPaymentGateway()).onboarded();
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
    @DisplayName("while another transaction expires a lapsed hold (the expiry job, or a booking of another "
            + "practitioner), a booking that meets the same hold waits for it, finds it expired and books")
    void holdExpiredMeanwhileIsSkipped() throws Exception {
        BookingFixture clinic = new BookingFixture(ports(), new InMemoryPaymentGateway()).onboarded();
        Treatment peel = clinic.store(BookingFixture.treatment("Peel", null, Set.of(clinic.room.type()),
                DepositPolicy.fixed(Money.of(5_000, "GBP"))));
        clinic.book(peel, WEDNESDAY_10AM, Optional.of(clinic.ben.id()), "held@example.com");
        clinic.clock.advance(Duration.ofMinutes(15));
        CountDownLatch expired = new CountDownLatch(1);
        CountDownLatch booked = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> job = pool.submit(() -> clinic.ports.tx().inTenant(clinic.tenant, () -> {
                List<StoredAppointment> lapsed = clinic.ports.appointments().lapsedHolds(clinic.clock.instant());
                for (StoredAppointment hold : lapsed) {
                    TransitionResult.Applied applied =
                            (TransitionResult.Applied) hold.appointment().expire(clinic.clock.instant());
                    clinic.ports.appointments().update(applied.appointment(), hold.version());
                }
                expired.countDown();
                try {
                    booked.await(3, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return lapsed.size();
            }));
            assertThat(expired.await(60, TimeUnit.SECONDS)).isTrue();

            BookingResult answer = clinic.booking.book(clinic.command(clinic.consultation,
                    WEDNESDAY_10AM.plus(Duration.ofHours(2)), Optional.of(clinic.ana.id()), "other@example.com"));
            booked.countDown();

            assertThat(job.get(60, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(answer).isInstanceOf(BookingResult.Booked.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("the hold-expiry job records lapsed holds as expired")
    void expiryJob() {
        BookingFixture clinic = new BookingFixture(ports(), new InMemoryPaymentGateway()).onboarded();
        Treatment peel = clinic.store(BookingFixture.treatment("Peel", null, Set.of(),
                DepositPolicy.fixed(Money.of(5_000, "GBP"))));
        clinic.book(peel, WEDNESDAY_10AM, Optional.empty(), "a@example.com");
        clinic.clock.advance(Duration.ofMinutes(20));

        assertThat(clinic.holds.expireLapsedHolds()).isPositive();
        assertThat(wednesdayCalendar(clinic)).extracting(AppointmentView::status)
                .containsExactly(AppointmentStatus.EXPIRED);
    }

    @Test
    @DisplayName("ten bookings at once by one e-mail address, at two locations that share no lock, across two servers: "
            + "no more than the limit of two get through")
    void burstByOneClientStaysWithinTheLimit() throws Exception {
        BookingFixture clinic = new BookingFixture(ports(), new PayAtClinicPaymentGateway(),
                new BookingLimits(0, 2, 0, 0));
        List<BookingResult> answers = burst(clinic, i -> "hoarder@example.com", i -> "198.51.100." + i);

        assertThat(answers).filteredOn(BookingResult.Booked.class::isInstance).hasSize(2);
        assertThat(answers).filteredOn(BookingResult.LimitReached.class::isInstance).hasSize(8)
                .allSatisfy(answer -> assertThat(((BookingResult.LimitReached) answer).limit())
                        .isEqualTo(BookingLimit.CLIENT_UPCOMING_BOOKINGS));
    }

    @Test
    @DisplayName("ten first bookings at once by one new person, at two locations that share no lock, across two servers: "
            + "all booked, one client")
    void burstOfFirstBookingsCreatesOneClient() throws Exception {
        BookingFixture clinic = new BookingFixture(ports(), new PayAtClinicPaymentGateway(), BookingLimits.NONE);
        List<BookingResult> answers = burst(clinic, i -> "newcomer@example.com", i -> "198.51.100." + i);

        assertThat(answers).hasSize(10)
                .allSatisfy(answer -> assertThat(answer).isInstanceOf(BookingResult.Booked.class));
        assertThat(answers).extracting(answer -> ((BookingResult.Booked) answer).appointment().client())
                .containsOnly(((BookingResult.Booked) answers.get(0)).appointment().client());
    }

    @Test
    @DisplayName("ten bookings at once from one network address under ten e-mail addresses: no more than the limit")
    void burstFromOneAddressStaysWithinTheLimit() throws Exception {
        BookingFixture clinic = new BookingFixture(ports(), new PayAtClinicPaymentGateway(),
                new BookingLimits(0, 0, 0, 3));
        List<BookingResult> answers = burst(clinic, i -> "client-" + i + "@example.com", i -> "203.0.113.9");

        assertThat(answers).filteredOn(BookingResult.Booked.class::isInstance).hasSize(3);
        assertThat(answers).filteredOn(BookingResult.LimitReached.class::isInstance).hasSize(7);
    }

    /**
     * Ten public bookings started together, each into a free slot of its own: half at the fixture's location with Ana,
     * half at a second location with a practitioner of its own, so only the booking limit lock orders them.
     */
    private List<BookingResult> burst(BookingFixture clinic, IntFunction<String> email, IntFunction<String> address)
            throws Exception {
        Location annexe = new Location(LocationId.random(), "Annexe",
                new Address("2 Milsom Street", null, "Bath", "BA1 1DA", "GB"), BookingFixture.LONDON, true, 0);
        Practitioner cleo = new Practitioner(PractitionerId.random(), "Cleo Nurse", Set.of(Qualification.NURSE),
                Set.of(annexe.id()), true, 0);
        clinic.ports.tx().inTenant(clinic.tenant, () -> {
            clinic.ports.locations().insert(annexe);
            clinic.ports.practitioners().insert(cleo);
            clinic.ports.schedules().replaceWorkingHours(cleo.id(), List.of(new WorkingHours(cleo.id(), annexe.id(),
                    WEDNESDAY.getDayOfWeek(), List.of(TimeWindow.of("09:00", "17:00")), DateRange.always())));
            return null;
        });
        List<BookingFixture.ClientBookings> servers = List.of(clinic.booking, clinic.bookingOn(secondServer()));
        int bookings = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(bookings);
        try {
            List<Future<BookingResult>> results = new ArrayList<>();
            for (int i = 0; i < bookings; i++) {
                boolean annexed = i % 2 == 1;
                BookAppointmentCommand command = new BookAppointmentCommand(clinic.tenant, clinic.consultation.id(),
                        // one client cannot be in two rooms at once: each booking has its own half hour
                        WEDNESDAY_10AM.plus(Duration.ofMinutes(30L * i)),
                        Optional.of(annexed ? cleo.id() : clinic.ana.id()),
                        Optional.of(annexed ? annexe.id() : clinic.location.id()),
                        BookingFixture.client(email.apply(i))).from(address.apply(i));
                BookingFixture.ClientBookings server = servers.get(i % 4 < 2 ? 0 : 1);
                results.add(pool.submit(() -> {
                    start.await();
                    return server.book(command);
                }));
            }
            start.countDown();
            List<BookingResult> answers = new ArrayList<>();
            for (Future<BookingResult> result : results) {
                answers.add(result.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
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
