package com.laca.application.booking.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.booking.AgreedTerms;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.BookingPolicy;
import com.laca.domain.booking.CancellationPolicy;
import com.laca.domain.booking.Client;
import com.laca.domain.booking.StandingBookings;
import com.laca.domain.booking.TransitionResult;
import com.laca.domain.scheduling.BookingDecision;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link AppointmentRepository} contract, run against every adapter. */
public abstract class AppointmentRepositoryContract extends BookingContractSupport {

    /** When the holds of the one-transaction cases were made. */
    private static final Instant HELD_AT = Instant.parse("2026-05-01T09:00:00Z");

    private AppointmentRepository repository() {
        return ports.appointments();
    }

    private static TimeRange range(String from, String to) {
        return new TimeRange(Instant.parse(from), Instant.parse(to));
    }

    @Test
    @DisplayName("a stored appointment is found by id and by its manage-token hash, in its own tenant only")
    void insertAndFind() {
        Appointment appointment = confirmed(ana, "2026-06-01T09:00:00Z", List.of(room.id()));
        String hash = tokenHash();
        doInA(() -> repository().insert(appointment, hash));

        StoredAppointment stored = inA(() -> repository().find(appointment.id())).orElseThrow();
        assertThat(stored.version()).isZero();
        assertThat(stored.appointment().details()).isEqualTo(appointment.details());
        assertThat(stored.appointment().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(inA(() -> repository().findByManageTokenHash(hash))).contains(stored);
        assertThat(inA(() -> repository().findByManageTokenHash(tokenHash()))).isEmpty();
        assertThat(inB(() -> repository().find(appointment.id()))).isEmpty();
        assertThat(inB(() -> repository().findByManageTokenHash(hash))).isEmpty();
    }

    @Test
    @DisplayName("a hold keeps its expiry; each update bumps the version and a stale version is refused")
    void updateWithVersion() {
        Instant now = Instant.parse("2026-05-01T09:00:00Z");
        Appointment held = Appointment.hold(details(ana, "2026-06-01T09:00:00Z", List.of()), now,
                Duration.ofMinutes(15));
        doInA(() -> repository().insert(held, tokenHash()));
        assertThat(inA(() -> repository().find(held.id())).orElseThrow().appointment().holdExpiresAt())
                .contains(now.plus(Duration.ofMinutes(15)));

        Appointment confirmed = ((TransitionResult.Applied) held.confirm(now)).appointment();
        StoredAppointment saved = inA(() -> repository().update(confirmed, 0));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.appointment().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(saved.appointment().holdExpiresAt()).isEmpty();

        assertThatThrownBy(() -> inA(() -> repository().update(confirmed, 0)))
                .isInstanceOf(VersionConflictException.class);
        Appointment unknown = confirmed(ana, "2026-06-02T09:00:00Z", List.of());
        assertThatThrownBy(() -> inA(() -> repository().update(unknown, 0)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("in one transaction an appointment is stored, read with its day and changed: the change is kept and "
            + "the version the caller is told is the one stored")
    void storeReadChangeInOneTransaction() {
        Appointment held = heldWithRoom();
        Appointment confirmed = ((TransitionResult.Applied) held.confirm(HELD_AT)).appointment();

        StoredAppointment saved = inA(() -> {
            repository().insert(held, tokenHash());
            readDay();
            return repository().update(confirmed, 0);
        });

        StoredAppointment stored = inA(() -> repository().find(held.id())).orElseThrow();
        assertThat(stored.version()).isEqualTo(saved.version());
        assertThat(stored.appointment().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(stored.appointment().details().resources()).containsExactly(room.id());
    }

    @Test
    @DisplayName("in one transaction a stored appointment is changed, read with its day and changed again: the last "
            + "change is kept and the version the caller is told is the one stored")
    void changeReadChangeInOneTransaction() {
        Appointment held = heldWithRoom();
        doInA(() -> repository().insert(held, tokenHash()));
        Appointment confirmed = ((TransitionResult.Applied) held.confirm(HELD_AT)).appointment();
        Appointment cancelled = ((TransitionResult.Applied) confirmed.cancel(HELD_AT)).appointment();

        StoredAppointment saved = inA(() -> {
            StoredAppointment first = repository().update(confirmed, 0);
            readDay();
            return repository().update(cancelled, first.version());
        });

        StoredAppointment stored = inA(() -> repository().find(held.id())).orElseThrow();
        assertThat(stored.version()).isPositive().isEqualTo(saved.version());
        assertThat(stored.appointment().status()).isEqualTo(cancelled.status());
    }

    /** Ana's hold in the room on the day {@link #readDay()} reads, made at {@link #HELD_AT}. */
    private Appointment heldWithRoom() {
        return Appointment.hold(details(ana, "2026-06-01T09:00:00Z", List.of(room.id())), HELD_AT,
                Duration.ofMinutes(15));
    }

    /** Reads the day of the appointments above the ways a booking does. */
    private void readDay() {
        TimeRange day = range("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z");
        assertThat(repository().activeOverlapping(day, List.of(ana.id()), List.of(room.id()))).hasSize(1);
        assertThat(repository().calendar(day, Optional.empty(), Optional.empty())).hasSize(1);
    }

    @Test
    @DisplayName("a reschedule stores the new time, practitioner and resources")
    void reschedule() {
        Appointment appointment = confirmed(ana, "2026-06-01T09:00:00Z", List.of(room.id()));
        doInA(() -> repository().insert(appointment, tokenHash()));
        Appointment moved = confirmed(ben, "2026-06-03T14:00:00Z", List.of());
        BookingDecision.Bookable decision = new BookingDecision.Bookable(ben.id(), List.of(),
                moved.details().time(), moved.details().occupied());
        Appointment rescheduled = ((TransitionResult.Applied) appointment.reschedule(decision,
                Instant.parse("2026-05-01T09:00:00Z"))).appointment();

        doInA(() -> repository().update(rescheduled, 0));

        Appointment stored = inA(() -> repository().find(appointment.id())).orElseThrow().appointment();
        assertThat(stored.details()).isEqualTo(rescheduled.details());
        assertThat(inA(() -> repository().activeOverlapping(range("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z"),
                List.of(ana.id()), List.of(room.id())))).isEmpty();
    }

    @Test
    @DisplayName("an appointment keeps the price, deposit and cancellation notice it was booked on, also when moved")
    void agreedTerms() {
        AppointmentDetails booked = details(ana, "2026-06-01T09:00:00Z", List.of());
        AgreedTerms terms = new AgreedTerms(Money.of(12_345, "GBP"), Money.of(2_469, "GBP"),
                new CancellationPolicy(Duration.ofHours(36)));
        Appointment appointment = Appointment.confirmed(new AppointmentDetails(booked.id(), booked.tenant(),
                booked.location(), booked.treatment(), booked.client(), booked.practitioner(), booked.resources(),
                booked.time(), booked.bufferBefore(), booked.bufferAfter(), terms));
        doInA(() -> repository().insert(appointment, tokenHash()));
        assertThat(inA(() -> repository().find(appointment.id())).orElseThrow().appointment().details().terms())
                .isEqualTo(terms);

        Appointment later = confirmed(ben, "2026-06-03T14:00:00Z", List.of());
        Appointment moved = ((TransitionResult.Applied) appointment.reschedule(new BookingDecision.Bookable(ben.id(),
                List.of(), later.details().time(), later.details().occupied()), Instant.parse("2026-05-01T09:00:00Z")))
                .appointment();
        doInA(() -> repository().update(moved, 0));

        assertThat(inA(() -> repository().find(appointment.id())).orElseThrow().appointment().details().terms())
                .isEqualTo(terms);
    }

    @Test
    @DisplayName("busy time: active appointments of the practitioners or in the rooms whose buffered span overlaps")
    void activeOverlapping() {
        Appointment anaInRoom = confirmed(ana, "2026-06-01T09:00:00Z", List.of(room.id()));
        Appointment benInRoom = confirmed(ben, "2026-06-01T11:00:00Z", List.of(room.id()));
        Appointment benElsewhere = confirmed(ben, "2026-06-01T13:00:00Z", List.of());
        Appointment cancelled = ((TransitionResult.Applied) confirmed(ana, "2026-06-01T15:00:00Z", List.of())
                .cancel(Instant.parse("2026-05-01T09:00:00Z"))).appointment();
        doInA(() -> List.of(anaInRoom, benInRoom, benElsewhere, cancelled)
                .forEach(a -> repository().insert(a, tokenHash())));

        TimeRange day = range("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z");
        assertThat(inA(() -> repository().activeOverlapping(day, List.of(ana.id()), List.of(room.id()))))
                .extracting(Appointment::id).containsExactlyInAnyOrder(anaInRoom.id(), benInRoom.id());
        assertThat(inA(() -> repository().activeOverlapping(day, List.of(ben.id()), List.of())))
                .extracting(Appointment::id).containsExactlyInAnyOrder(benInRoom.id(), benElsewhere.id());
        // Ana's occupied span is 08:50-09:45: touching at either end is not overlapping
        assertThat(inA(() -> repository().activeOverlapping(range("2026-06-01T09:45:00Z", "2026-06-01T10:00:00Z"),
                List.of(ana.id()), List.of()))).isEmpty();
        assertThat(inA(() -> repository().activeOverlapping(range("2026-06-01T08:00:00Z", "2026-06-01T08:50:00Z"),
                List.of(ana.id()), List.of()))).isEmpty();
        assertThat(inA(() -> repository().activeOverlapping(range("2026-06-01T09:44:00Z", "2026-06-01T10:00:00Z"),
                List.of(ana.id()), List.of()))).extracting(Appointment::id).containsExactly(anaInRoom.id());
        assertThat(inB(() -> repository().activeOverlapping(day, List.of(ana.id()), List.of(room.id())))).isEmpty();
        // lists of any length, none of whose other ids match: three practitioners, five resources
        assertThat(inA(() -> repository().activeOverlapping(day, List.of(PractitionerId.random(), ben.id(),
                PractitionerId.random()), List.of(ResourceId.random(), ResourceId.random(), ResourceId.random(),
                room.id(), ResourceId.random())))).extracting(Appointment::id)
                .containsExactlyInAnyOrder(anaInRoom.id(), benInRoom.id(), benElsewhere.id());
        assertThat(inA(() -> repository().activeOverlapping(day, List.of(), List.of()))).isEmpty();
    }

    @Test
    @DisplayName("the calendar lists every status by start, filtered by practitioner or location")
    void calendar() {
        Appointment late = confirmed(ana, "2026-06-01T15:00:00Z", List.of());
        Appointment early = confirmed(ben, "2026-06-01T09:00:00Z", List.of());
        Appointment cancelled = ((TransitionResult.Applied) confirmed(ana, "2026-06-01T11:00:00Z", List.of())
                .cancel(Instant.parse("2026-05-01T09:00:00Z"))).appointment();
        Appointment nextDay = confirmed(ana, "2026-06-02T09:00:00Z", List.of());
        doInA(() -> List.of(late, early, cancelled, nextDay).forEach(a -> repository().insert(a, tokenHash())));
        TimeRange day = range("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z");

        assertThat(inA(() -> repository().calendar(day, Optional.empty(), Optional.empty())))
                .extracting(s -> s.appointment().id())
                .containsExactly(early.id(), cancelled.id(), late.id());
        assertThat(inA(() -> repository().calendar(day, Optional.of(ana.id()), Optional.of(location.id()))))
                .extracting(s -> s.appointment().id()).containsExactly(cancelled.id(), late.id());
        assertThat(inA(() -> repository().calendar(day, Optional.empty(), Optional.of(LocationId.random()))))
                .isEmpty();
        assertThat(inB(() -> repository().calendar(day, Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    @DisplayName("lapsed holds are those whose expiry has come, optionally only those overlapping a range")
    void lapsedHolds() {
        Instant now = Instant.parse("2026-05-01T09:00:00Z");
        Appointment lapsedJune = Appointment.hold(details(ana, "2026-06-01T09:00:00Z", List.of()),
                now.minus(Duration.ofMinutes(20)), Duration.ofMinutes(15));
        Appointment lapsedJuly = Appointment.hold(details(ana, "2026-07-01T09:00:00Z", List.of()),
                now.minus(Duration.ofMinutes(15)), Duration.ofMinutes(15));
        Appointment running = Appointment.hold(details(ben, "2026-06-01T09:00:00Z", List.of()),
                now.minus(Duration.ofMinutes(5)), Duration.ofMinutes(15));
        doInA(() -> List.of(lapsedJune, lapsedJuly, running).forEach(a -> repository().insert(a, tokenHash())));

        assertThat(inA(() -> repository().lapsedHolds(now))).extracting(s -> s.appointment().id())
                .containsExactlyInAnyOrder(lapsedJune.id(), lapsedJuly.id());
        assertThat(inA(() -> repository().lapsedHolds(now, range("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z"))))
                .extracting(s -> s.appointment().id()).containsExactly(lapsedJune.id());
        assertThat(inB(() -> repository().lapsedHolds(now))).isEmpty();
    }

    @Test
    @DisplayName("locking for a booking needs the location and practitioners to exist in the tenant")
    void lockForBooking() {
        doInA(() -> repository().lockForBooking(List.of(location.id()), List.of(ben.id(), ana.id())));
        assertThatThrownBy(() -> doInB(() -> repository().lockForBooking(List.of(location.id()), List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> doInA(() -> repository().lockForBooking(List.of(LocationId.random()), List.of())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("what a client holds: upcoming confirmed bookings and running holds; not cancelled, lapsed, past or "
            + "another client's, and nothing in another tenant")
    void standingOfClient() {
        Instant now = Instant.parse("2026-06-01T08:00:00Z");
        Appointment upcoming = confirmed(ana, "2026-06-01T09:00:00Z", List.of());
        Appointment held = Appointment.hold(details(ben, "2026-06-01T09:00:00Z", List.of()), now,
                Duration.ofMinutes(15));
        Appointment lapsed = Appointment.hold(details(ana, "2026-06-01T11:00:00Z", List.of()),
                now.minus(Duration.ofMinutes(20)), Duration.ofMinutes(15));
        Appointment past = confirmed(ana, "2026-06-01T07:00:00Z", List.of());
        Appointment cancelled = ((TransitionResult.Applied) confirmed(ben, "2026-06-01T13:00:00Z", List.of())
                .cancel(now)).appointment();
        doInA(() -> List.of(upcoming, held, lapsed, past, cancelled)
                .forEach(a -> repository().insert(a, tokenHash())));
        Client other = newClient("other@example.com");
        doInA(() -> {
            ports.clients().insert(other);
            repository().insert(Appointment.confirmed(new AppointmentDetails(AppointmentId.random(), tenantA,
                    location.id(), treatment.id(), other.id(), ben.id(), List.of(),
                    new TimeRange(Instant.parse("2026-06-01T15:00:00Z"), Instant.parse("2026-06-01T15:30:00Z")),
                    Duration.ZERO, Duration.ZERO, AgreedTerms.offered(treatment, BookingPolicy.DEFAULT))),
                    tokenHash());
        });

        assertThat(inA(() -> repository().standingOfClient(client.id(), now))).isEqualTo(new StandingBookings(2, 1));
        assertThat(inA(() -> repository().standingOfClient(client.id(), now.plus(Duration.ofMinutes(15)))))
                .isEqualTo(new StandingBookings(1, 0));
        assertThat(inA(() -> repository().standingOfClient(other.id(), now))).isEqualTo(new StandingBookings(1, 0));
        assertThat(inB(() -> repository().standingOfClient(client.id(), now))).isEqualTo(StandingBookings.NONE);
    }

    @Test
    @DisplayName("what the public bookings from one origin hold, whichever client made them; staff bookings have none")
    void standingFromOrigin() {
        Instant now = Instant.parse("2026-06-01T08:00:00Z");
        doInA(() -> {
            repository().insert(confirmed(ana, "2026-06-01T09:00:00Z", List.of()), tokenHash(), Optional.of("k1"));
            repository().insert(Appointment.hold(details(ben, "2026-06-01T09:00:00Z", List.of()), now,
                    Duration.ofMinutes(15)), tokenHash(), Optional.of("k1"));
            repository().insert(confirmed(ana, "2026-06-01T10:00:00Z", List.of()), tokenHash(), Optional.of("k2"));
            repository().insert(confirmed(ben, "2026-06-01T10:00:00Z", List.of()), tokenHash());
        });

        assertThat(inA(() -> repository().standingFromOrigin("k1", now))).isEqualTo(new StandingBookings(2, 1));
        assertThat(inA(() -> repository().standingFromOrigin("k2", now))).isEqualTo(new StandingBookings(1, 0));
        assertThat(inA(() -> repository().standingFromOrigin("k3", now))).isEqualTo(StandingBookings.NONE);
        assertThat(inB(() -> repository().standingFromOrigin("k1", now))).isEqualTo(StandingBookings.NONE);
        assertThat(inA(() -> repository().standingOfClient(client.id(), now))).isEqualTo(new StandingBookings(4, 1));
    }
}
