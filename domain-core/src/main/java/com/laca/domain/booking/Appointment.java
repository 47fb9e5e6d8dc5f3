package com.laca.domain.booking;

import com.laca.domain.scheduling.BookingDecision;
import com.laca.domain.scheduling.ExistingAppointment;
import com.laca.domain.shared.AppointmentId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One client's booking and its lifecycle, immutable so every change is a new value the application layer saves,
 * and time-aware so a hold lapses by itself without a background job.
 *
 * <p>Each command takes "now" and answers a {@link TransitionResult}; an illegal step is refused with a reason and
 * leaves the appointment as it was. Equality is by id.
 */
public final class Appointment {

    /** How long before the start a client may be checked in, unless the clinic configures another window. */
    public static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofMinutes(60);


    private final AppointmentDetails details;
    private final AppointmentStatus status;
    private final Instant holdExpiresAt;

    private Appointment(AppointmentDetails details, AppointmentStatus status, Instant holdExpiresAt) {
        this.details = Objects.requireNonNull(details, "details");
        this.status = Objects.requireNonNull(status, "status");
        this.holdExpiresAt = holdExpiresAt;
        if ((status == AppointmentStatus.HELD) != (holdExpiresAt != null)) {
            throw new IllegalArgumentException("a hold expiry belongs to held appointments only");
        }
    }

    /** A new booking reserved for {@code holdFor} while the client pays the deposit. */
    public static Appointment hold(AppointmentDetails details, Instant now, Duration holdFor) {
        if (holdFor.isNegative() || holdFor.isZero()) {
            throw new IllegalArgumentException("a hold must last a positive time: " + holdFor);
        }
        return new Appointment(details, AppointmentStatus.HELD, now.plus(holdFor));
    }

    /** A new booking confirmed at once, e.g. made by staff for a treatment without a deposit. */
    public static Appointment confirmed(AppointmentDetails details) {
        return new Appointment(details, AppointmentStatus.CONFIRMED, null);
    }

    /**
     * Rebuilds a stored appointment; kept apart from the creating factories so that loading never re-runs the rules
     * of creation.
     */
    public static Appointment reconstitute(AppointmentDetails details, AppointmentStatus status,
                                           Optional<Instant> holdExpiresAt) {
        return new Appointment(details, status, holdExpiresAt.orElse(null));
    }

    public AppointmentId id() {
        return details.id();
    }

    public AppointmentDetails details() {
        return details;
    }

    /** The status as stored; see {@link #statusAt(Instant)} for the status as it stands now. */
    public AppointmentStatus status() {
        return status;
    }

    public Optional<Instant> holdExpiresAt() {
        return Optional.ofNullable(holdExpiresAt);
    }

    /** The status at {@code now}: a hold whose time has run out counts as expired even before it is saved so. */
    public AppointmentStatus statusAt(Instant now) {
        if (status == AppointmentStatus.HELD && !now.isBefore(holdExpiresAt)) {
            return AppointmentStatus.EXPIRED;
        }
        return status;
    }

    /** True while this appointment keeps its practitioner's and resources' time from others. */
    public boolean occupiesTimeAt(Instant now) {
        return statusAt(now).occupiesTime();
    }

    /** This appointment as the availability engine sees it. */
    public ExistingAppointment asExistingAppointment() {
        return new ExistingAppointment(details.id(), details.practitioner(), details.resources(), details.time(),
                details.bufferBefore(), details.bufferAfter());
    }

    /** The deposit was paid in time: HELD → CONFIRMED. */
    public TransitionResult confirm(Instant now) {
        if (status == AppointmentStatus.HELD && statusAt(now) == AppointmentStatus.EXPIRED) {
            return new TransitionResult.Refused(TransitionRefusal.HOLD_EXPIRED,
                    "the hold lapsed at " + holdExpiresAt + " before the deposit was confirmed");
        }
        return moveTo(AppointmentStatus.CONFIRMED, now);
    }

    /** The client arrived: CONFIRMED → CHECKED_IN, from {@link #CHECK_IN_OPENS_BEFORE} before the start. */
    public TransitionResult checkIn(Instant now) {
        return checkIn(now, CHECK_IN_OPENS_BEFORE);
    }

    /**
     * The client arrived: CONFIRMED → CHECKED_IN, from {@code opensBefore} before the start, because a check-in
     * hours early (recorded once at 02:26 for a 09:15 appointment) is a mistake, not an arrival.
     */
    public TransitionResult checkIn(Instant now, Duration opensBefore) {
        Instant opens = details.time().start().minus(opensBefore);
        if (now.isBefore(opens) && statusAt(now).canMoveTo(AppointmentStatus.CHECKED_IN)) {
            return new TransitionResult.Refused(TransitionRefusal.NOT_STARTED_YET,
                    "check-in opens at " + opens + ", " + opensBefore.toMinutes() + " minutes before the start");
        }
        return moveTo(AppointmentStatus.CHECKED_IN, now);
    }

    /** The treatment took place: CHECKED_IN → COMPLETED, never before the start. */
    public TransitionResult complete(Instant now) {
        if (now.isBefore(details.time().start()) && statusAt(now).canMoveTo(AppointmentStatus.COMPLETED)) {
            return new TransitionResult.Refused(TransitionRefusal.NOT_STARTED_YET,
                    "the appointment can be completed from its start at " + details.time().start());
        }
        return moveTo(AppointmentStatus.COMPLETED, now);
    }

    /**
     * The client or clinic calls it off before it starts: HELD or CONFIRMED → CANCELLED. What happens to the deposit
     * is the {@link CancellationPolicy}'s answer, not this method's.
     */
    public TransitionResult cancel(Instant now) {
        if (!now.isBefore(details.time().start()) && statusAt(now).canMoveTo(AppointmentStatus.CANCELLED)) {
            return new TransitionResult.Refused(TransitionRefusal.ALREADY_STARTED,
                    "the appointment started at " + details.time().start() + "; record a no-show instead");
        }
        return moveTo(AppointmentStatus.CANCELLED, now);
    }

    /**
     * What cancelling at {@code at} means for the deposit, by the notice agreed when the booking was made rather than
     * the clinic's policy of the day, which may have changed since.
     */
    public CancellationOutcome cancellationOutcome(Instant at) {
        return details.terms().cancellation().onCancellation(details.time().start(), at);
    }

    /** The client did not come: CONFIRMED → NO_SHOW, only once the start time has passed. */
    public TransitionResult markNoShow(Instant now) {
        if (now.isBefore(details.time().start()) && statusAt(now).canMoveTo(AppointmentStatus.NO_SHOW)) {
            return new TransitionResult.Refused(TransitionRefusal.NOT_STARTED_YET,
                    "a no-show can be recorded from " + details.time().start());
        }
        return moveTo(AppointmentStatus.NO_SHOW, now);
    }

    /** Records that the hold ran out: HELD → EXPIRED, only once it has. */
    public TransitionResult expire(Instant now) {
        if (status != AppointmentStatus.HELD) {
            return illegal(AppointmentStatus.EXPIRED);
        }
        if (statusAt(now) == AppointmentStatus.HELD) {
            return new TransitionResult.Refused(TransitionRefusal.HOLD_STILL_RUNNING,
                    "the hold runs until " + holdExpiresAt);
        }
        return new TransitionResult.Applied(new Appointment(details, AppointmentStatus.EXPIRED, null));
    }

    /**
     * Moves a held or confirmed appointment to the time, practitioner and resources the engine accepted; its status,
     * hold and whatever was paid stay as they are. The engine must have been asked with this appointment left out of
     * the schedule ({@code ClinicSchedule.excluding(id)}).
     */
    public TransitionResult reschedule(BookingDecision.Bookable decision, Instant now) {
        AppointmentStatus current = statusAt(now);
        if (current != AppointmentStatus.HELD && current != AppointmentStatus.CONFIRMED) {
            return new TransitionResult.Refused(TransitionRefusal.ILLEGAL_TRANSITION,
                    "a " + current + " appointment cannot be rescheduled");
        }
        if (!now.isBefore(details.time().start())) {
            return new TransitionResult.Refused(TransitionRefusal.ALREADY_STARTED,
                    "the appointment started at " + details.time().start());
        }
        return new TransitionResult.Applied(new Appointment(details.movedTo(decision), status, holdExpiresAt));
    }

    private TransitionResult moveTo(AppointmentStatus target, Instant now) {
        AppointmentStatus current = statusAt(now);
        if (!current.canMoveTo(target)) {
            return illegal(current, target);
        }
        return new TransitionResult.Applied(new Appointment(details, target, null));
    }

    private TransitionResult illegal(AppointmentStatus target) {
        return illegal(status, target);
    }

    /**
     * Refuses a move the lifecycle does not allow, in words a client reads ("This appointment is already cancelled."),
     * because the message reaches people who never saw a status code.
     */
    private static TransitionResult illegal(AppointmentStatus from, AppointmentStatus to) {
        String message = from == to ? "This appointment is already " + words(from) + "."
                : "This appointment is " + words(from) + ", so it cannot be " + words(to) + ".";
        return new TransitionResult.Refused(TransitionRefusal.ILLEGAL_TRANSITION, message);
    }

    private static String words(AppointmentStatus status) {
        return switch (status) {
            case HELD -> "held";
            case CONFIRMED -> "confirmed";
            case CHECKED_IN -> "checked in";
            case COMPLETED -> "completed";
            case CANCELLED -> "cancelled";
            case NO_SHOW -> "marked as a no-show";
            case EXPIRED -> "expired (its hold lapsed)";
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Appointment appointment && appointment.id().equals(id());
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }

    @Override
    public String toString() {
        return "Appointment[" + id() + ", " + status + ", " + details.time() + "]";
    }
}
