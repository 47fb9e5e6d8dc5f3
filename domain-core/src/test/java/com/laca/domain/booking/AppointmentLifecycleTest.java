package com.laca.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.scheduling.BookingDecision;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("An appointment moves through held, confirmed, checked in and completed, or ends cancelled, "
        + "no-show or expired")
class AppointmentLifecycleTest {

    private static final Instant START = Instant.parse("2026-06-10T10:00:00Z");
    private static final Instant BOOKED_AT = Instant.parse("2026-06-01T09:00:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final PractitionerId ANNA = PractitionerId.random();
    private static final ResourceId ROOM = ResourceId.random();
    /** £200.00 with a £50.00 deposit, free to cancel up to 48 hours before the start. */
    private static final AgreedTerms TERMS = new AgreedTerms(Money.of(20_000, "GBP"), Money.of(5_000, "GBP"),
            new CancellationPolicy(Duration.ofHours(48)));

    private static AppointmentDetails details() {
        BookingDecision.Bookable decision = new BookingDecision.Bookable(ANNA, List.of(ROOM),
                TimeRange.of(START, Duration.ofMinutes(60)),
                new TimeRange(START.minus(Duration.ofMinutes(5)), START.plus(Duration.ofMinutes(75))));
        return AppointmentDetails.from(AppointmentId.random(), TenantId.random(), LocationId.random(),
                TreatmentId.random(), ClientId.random(), decision, TERMS);
    }

    private static Appointment held() {
        return Appointment.hold(details(), BOOKED_AT, TEN_MINUTES);
    }

    private static Appointment in(AppointmentStatus status) {
        Optional<Instant> expiry = status == AppointmentStatus.HELD
                ? Optional.of(BOOKED_AT.plus(TEN_MINUTES)) : Optional.empty();
        return Appointment.reconstitute(details(), status, expiry);
    }

    private static Appointment applied(TransitionResult result) {
        assertThat(result).isInstanceOf(TransitionResult.Applied.class);
        return ((TransitionResult.Applied) result).appointment();
    }

    private static TransitionRefusal refusal(TransitionResult result) {
        assertThat(result).isInstanceOf(TransitionResult.Refused.class);
        return ((TransitionResult.Refused) result).reason();
    }

    @Test
    @DisplayName("The happy path: held, deposit paid within the hold, checked in, completed")
    void happyPath() {
        Appointment hold = held();
        Appointment confirmed = applied(hold.confirm(BOOKED_AT.plus(Duration.ofMinutes(9))));
        Appointment checkedIn = applied(confirmed.checkIn(START.minus(Duration.ofMinutes(5))));
        Appointment completed = applied(checkedIn.complete(START.plus(Duration.ofMinutes(60))));

        assertThat(confirmed.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(confirmed.holdExpiresAt()).isEmpty();
        assertThat(checkedIn.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(completed.status()).isEqualTo(AppointmentStatus.COMPLETED);
        assertThat(completed).as("same id, same appointment").isEqualTo(hold);
    }

    @Nested
    @DisplayName("A hold")
    class Hold {

        @Test
        @DisplayName("lasts the given minutes and occupies the slot until then")
        void occupiesUntilExpiry() {
            Appointment hold = held();

            assertThat(hold.holdExpiresAt()).contains(BOOKED_AT.plus(TEN_MINUTES));
            assertThat(hold.occupiesTimeAt(BOOKED_AT.plus(Duration.ofMinutes(9)))).isTrue();
            assertThat(hold.statusAt(BOOKED_AT.plus(Duration.ofMinutes(9)))).isEqualTo(AppointmentStatus.HELD);
        }

        @Test
        @DisplayName("expires by itself: at the expiry instant it counts as expired and frees the slot")
        void expiresByItself() {
            Appointment hold = held();
            Instant expiry = BOOKED_AT.plus(TEN_MINUTES);

            assertThat(hold.statusAt(expiry)).isEqualTo(AppointmentStatus.EXPIRED);
            assertThat(hold.occupiesTimeAt(expiry)).isFalse();
        }

        @Test
        @DisplayName("cannot be confirmed once it has expired, even if payment arrives late")
        void lateConfirmationRefused() {
            assertThat(refusal(held().confirm(BOOKED_AT.plus(TEN_MINUTES)))).isEqualTo(TransitionRefusal.HOLD_EXPIRED);
        }

        @Test
        @DisplayName("can be recorded as expired only after it has run out")
        void expire() {
            assertThat(refusal(held().expire(BOOKED_AT.plus(Duration.ofMinutes(5)))))
                    .isEqualTo(TransitionRefusal.HOLD_STILL_RUNNING);
            Appointment expired = applied(held().expire(BOOKED_AT.plus(TEN_MINUTES)));
            assertThat(expired.status()).isEqualTo(AppointmentStatus.EXPIRED);
            assertThat(expired.holdExpiresAt()).isEmpty();
        }

        @Test
        @DisplayName("can be cancelled by the client while it runs")
        void cancelHold() {
            assertThat(applied(held().cancel(BOOKED_AT.plus(Duration.ofMinutes(1)))).status())
                    .isEqualTo(AppointmentStatus.CANCELLED);
        }

        @Test
        @DisplayName("must last a positive time")
        void positiveHold() {
            assertThatThrownBy(() -> Appointment.hold(details(), BOOKED_AT, Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("Staff can book a confirmed appointment directly, without a hold")
    void confirmedDirectly() {
        Appointment appointment = Appointment.confirmed(details());

        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(appointment.holdExpiresAt()).isEmpty();
    }

    @Test
    @DisplayName("A confirmed appointment cannot be cancelled once it has started; a no-show is recorded instead")
    void noCancelAfterStart() {
        Appointment confirmed = in(AppointmentStatus.CONFIRMED);

        assertThat(refusal(confirmed.cancel(START))).isEqualTo(TransitionRefusal.ALREADY_STARTED);
        assertThat(applied(confirmed.markNoShow(START)).status()).isEqualTo(AppointmentStatus.NO_SHOW);
    }

    @Test
    @DisplayName("A no-show cannot be recorded before the start time")
    void noShowTooEarly() {
        assertThat(refusal(in(AppointmentStatus.CONFIRMED).markNoShow(START.minusSeconds(1))))
                .isEqualTo(TransitionRefusal.NOT_STARTED_YET);
    }

    @ParameterizedTest(name = "{0} is final: nothing can happen to it any more")
    @EnumSource(value = AppointmentStatus.class, names = {"COMPLETED", "CANCELLED", "NO_SHOW", "EXPIRED"})
    @DisplayName("Final states refuse every command as an illegal transition")
    void finalStates(AppointmentStatus status) {
        Appointment appointment = in(status);
        List<BiFunction<Appointment, Instant, TransitionResult>> commands = List.of(
                Appointment::confirm, Appointment::checkIn, Appointment::complete, Appointment::cancel,
                Appointment::markNoShow);

        assertThat(status.isFinal()).isTrue();
        for (BiFunction<Appointment, Instant, TransitionResult> command : commands) {
            assertThat(refusal(command.apply(appointment, BOOKED_AT))).isEqualTo(TransitionRefusal.ILLEGAL_TRANSITION);
            assertThat(refusal(command.apply(appointment, START.plusSeconds(1))))
                    .isEqualTo(TransitionRefusal.ILLEGAL_TRANSITION);
        }
    }

    @Test
    @DisplayName("Check-in opens an hour before the start (or the clinic's own window), and completing waits for the "
            + "start: a check-in at 02:26 for a 09:15 appointment is refused")
    void checkInWindowAndCompleteAfterStart() {
        Appointment confirmed = in(AppointmentStatus.CONFIRMED);

        assertThat(refusal(confirmed.checkIn(START.minus(Duration.ofMinutes(61)))))
                .isEqualTo(TransitionRefusal.NOT_STARTED_YET);
        assertThat(refusal(confirmed.checkIn(START.minus(Duration.ofHours(7)))))
                .isEqualTo(TransitionRefusal.NOT_STARTED_YET);
        assertThat(confirmed.checkIn(START.minus(Duration.ofMinutes(61)), Duration.ofMinutes(90)))
                .isInstanceOf(TransitionResult.Applied.class);
        Appointment checkedIn = applied(confirmed.checkIn(START.minus(Duration.ofMinutes(60))));
        assertThat(refusal(checkedIn.complete(START.minusSeconds(1)))).isEqualTo(TransitionRefusal.NOT_STARTED_YET);
        assertThat(checkedIn.complete(START)).isInstanceOf(TransitionResult.Applied.class);
    }

    @Test
    @DisplayName("Cancelling twice says so in words a client reads, not in status codes")
    void cancellingTwiceInWords() {
        TransitionResult twice = in(AppointmentStatus.CANCELLED).cancel(BOOKED_AT);

        assertThat(((TransitionResult.Refused) twice).message()).isEqualTo("This appointment is already cancelled.");
    }

    @Test
    @DisplayName("Steps cannot be skipped: a held appointment cannot be checked in, a confirmed one cannot be "
            + "completed, a checked-in one cannot be cancelled")
    void noSkipping() {
        assertThat(refusal(held().checkIn(BOOKED_AT))).isEqualTo(TransitionRefusal.ILLEGAL_TRANSITION);
        assertThat(refusal(in(AppointmentStatus.CONFIRMED).complete(START)))
                .isEqualTo(TransitionRefusal.ILLEGAL_TRANSITION);
        assertThat(refusal(in(AppointmentStatus.CHECKED_IN).cancel(BOOKED_AT)))
                .isEqualTo(TransitionRefusal.ILLEGAL_TRANSITION);
        assertThat(refusal(in(AppointmentStatus.CONFIRMED).expire(BOOKED_AT)))
                .isEqualTo(TransitionRefusal.ILLEGAL_TRANSITION);
    }

    @Test
    @DisplayName("The state machine's arrows are exactly the documented ones")
    void arrows() {
        assertThat(AppointmentStatus.HELD.next()).containsExactlyInAnyOrder(
                AppointmentStatus.CONFIRMED, AppointmentStatus.CANCELLED, AppointmentStatus.EXPIRED);
        assertThat(AppointmentStatus.CONFIRMED.next()).containsExactlyInAnyOrder(
                AppointmentStatus.CHECKED_IN, AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW);
        assertThat(AppointmentStatus.CHECKED_IN.next()).containsExactly(AppointmentStatus.COMPLETED);
        assertThat(EnumSet.allOf(AppointmentStatus.class)).filteredOn(AppointmentStatus::occupiesTime)
                .containsExactlyInAnyOrder(AppointmentStatus.HELD, AppointmentStatus.CONFIRMED,
                        AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED);
    }

    @Nested
    @DisplayName("Rescheduling")
    class Rescheduling {

        private final Instant laterStart = START.plus(Duration.ofDays(1));
        private final BookingDecision.Bookable laterSlot = new BookingDecision.Bookable(ANNA, List.of(),
                TimeRange.of(laterStart, Duration.ofMinutes(60)), TimeRange.of(laterStart, Duration.ofMinutes(60)));

        @Test
        @DisplayName("moves a confirmed appointment to the new time and keeps its id and status")
        void moves() {
            Appointment confirmed = in(AppointmentStatus.CONFIRMED);

            Appointment moved = applied(confirmed.reschedule(laterSlot, BOOKED_AT));

            assertThat(moved.id()).isEqualTo(confirmed.id());
            assertThat(moved.status()).isEqualTo(AppointmentStatus.CONFIRMED);
            assertThat(moved.details().time().start()).isEqualTo(laterStart);
            assertThat(moved.details().resources()).isEmpty();
            assertThat(moved.details().bufferBefore()).isZero();
            assertThat(moved.asExistingAppointment().occupied()).isEqualTo(laterSlot.occupied());
        }

        @Test
        @DisplayName("keeps the price and deposit it was booked at, and its free cancellation ends 48 hours before the "
                + "new start")
        void keepsTheAgreedTerms() {
            Appointment moved = applied(in(AppointmentStatus.CONFIRMED).reschedule(laterSlot, BOOKED_AT));

            assertThat(moved.details().terms()).isEqualTo(TERMS);
            assertThat(moved.details().terms().forClient(laterStart, ZoneOffset.UTC)
                    .freeCancellationUntil()).isEqualTo(laterStart.minus(Duration.ofHours(48)));
            assertThat(moved.cancellationOutcome(START.minus(Duration.ofHours(24))))
                    .isEqualTo(CancellationOutcome.FREE_CANCELLATION);
        }

        @Test
        @DisplayName("is refused once the appointment has started or ended")
        void refusedAfterStart() {
            assertThat(refusal(in(AppointmentStatus.CONFIRMED).reschedule(laterSlot, START)))
                    .isEqualTo(TransitionRefusal.ALREADY_STARTED);
            assertThat(refusal(in(AppointmentStatus.CANCELLED).reschedule(laterSlot, BOOKED_AT)))
                    .isEqualTo(TransitionRefusal.ILLEGAL_TRANSITION);
        }
    }

    @Test
    @DisplayName("Cancelling is free up to the notice agreed at booking and late after it, whatever the clinic's "
            + "window is now")
    void cancellationByTheAgreedNotice() {
        Appointment confirmed = in(AppointmentStatus.CONFIRMED);

        assertThat(confirmed.cancellationOutcome(START.minus(Duration.ofHours(48))))
                .isEqualTo(CancellationOutcome.FREE_CANCELLATION);
        assertThat(confirmed.cancellationOutcome(START.minus(Duration.ofHours(48)).plusSeconds(1)))
                .isEqualTo(CancellationOutcome.LATE_CANCELLATION);
    }

    @Test
    @DisplayName("The engine sees an appointment as its treatment plus buffers, with its practitioner and room")
    void asExistingAppointment() {
        Appointment appointment = held();

        assertThat(appointment.asExistingAppointment().occupied())
                .isEqualTo(new TimeRange(START.minus(Duration.ofMinutes(5)), START.plus(Duration.ofMinutes(75))));
        assertThat(appointment.asExistingAppointment().resources()).containsExactly(ROOM);
        assertThat(appointment.asExistingAppointment().practitioner()).isEqualTo(ANNA);
    }

    @Test
    @DisplayName("A stored appointment must carry a hold expiry exactly when it is held")
    void holdExpiryOnlyWhenHeld() {
        assertThatThrownBy(() -> Appointment.reconstitute(details(), AppointmentStatus.CONFIRMED,
                Optional.of(BOOKED_AT))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Appointment.reconstitute(details(), AppointmentStatus.HELD, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
