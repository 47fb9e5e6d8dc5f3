package com.laca.application.booking.service;

import com.laca.application.booking.port.in.BookedAppointments;
import com.laca.application.booking.port.out.AppointmentRepository;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.TransitionResult;
import com.laca.domain.shared.AppointmentId;

import com.laca.domain.notification.Initiator;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers the payment use cases' questions with the booking engine's own repository and state machine, taking the
 * same locks a booking takes, so a late payment and a new booking for the same slot are serialised and the slot is
 * never given twice.
 */
public final class BookingEngineAppointments implements BookedAppointments {

    private final AppointmentRepository appointments;
    private final Optional<BookingNotifications> notifications;

    public BookingEngineAppointments(AppointmentRepository appointments) {
        this(appointments, Optional.empty());
    }

    /**
     * @param notifications tells the client when a paid hold is confirmed, in the confirming transaction
     */
    public BookingEngineAppointments(AppointmentRepository appointments, BookingNotifications notifications) {
        this(appointments, Optional.of(notifications));
    }

    private BookingEngineAppointments(AppointmentRepository appointments,
                                      Optional<BookingNotifications> notifications) {
        this.notifications = notifications;
        this.appointments = Objects.requireNonNull(appointments, "appointments");
    }

    /** The appointment with the price it was booked at: its balance is measured against that, not today's menu. */
    @Override
    public Optional<BookedAppointment> find(AppointmentId appointment, Instant now) {
        return appointments.find(appointment).map(stored -> {
            Appointment found = stored.appointment();
            return new BookedAppointment(appointment, found.statusAt(now), found.details().time().start(),
                    found.details().terms().price());
        });
    }

    @Override
    public PaidConfirmation confirmPaid(AppointmentId appointment, Instant now) {
        Optional<StoredAppointment> stored = locked(appointment);
        if (stored.isEmpty()) {
            return new PaidConfirmation.CannotKeep(PaidConfirmation.Why.UNKNOWN_APPOINTMENT);
        }
        Appointment found = stored.get().appointment();
        AppointmentStatus status = found.statusAt(now);
        if (status == AppointmentStatus.CANCELLED) {
            return new PaidConfirmation.CannotKeep(PaidConfirmation.Why.CANCELLED);
        }
        if (status == AppointmentStatus.EXPIRED) {
            return new PaidConfirmation.CannotKeep(slotTaken(found, now) ? PaidConfirmation.Why.SLOT_TAKEN
                    : PaidConfirmation.Why.HOLD_LAPSED);
        }
        if (status != AppointmentStatus.HELD) {
            return new PaidConfirmation.AlreadyConfirmed();
        }
        TransitionResult result = found.confirm(now);
        if (result instanceof TransitionResult.Refused refused) {
            throw new IllegalStateException("a running hold refused confirmation: " + refused.reason());
        }
        Appointment confirmed = ((TransitionResult.Applied) result).appointment();
        appointments.update(confirmed, stored.get().version());
        notifications.ifPresent(tell -> tell.confirmed(confirmed, Optional.empty(), Initiator.SYSTEM));
        return new PaidConfirmation.Confirmed();
    }

    /**
     * Gives a held slot back at once because its deposit cannot be taken (the processor is down); does nothing to an
     * appointment that is no longer held. Runs inside the caller's tenant transaction.
     */
    void releaseHold(AppointmentId appointment, Instant now) {
        locked(appointment).filter(stored -> stored.appointment().statusAt(now) == AppointmentStatus.HELD)
                .ifPresent(stored -> {
                    TransitionResult result = stored.appointment().cancel(now);
                    if (result instanceof TransitionResult.Applied applied) {
                        appointments.update(applied.appointment(), stored.version());
                    }
                });
    }

    /** The appointment, read again after taking the locks a booking of its practitioner and location takes. */
    private Optional<StoredAppointment> locked(AppointmentId appointment) {
        Optional<StoredAppointment> first = appointments.find(appointment);
        if (first.isEmpty()) {
            return first;
        }
        var details = first.get().appointment().details();
        appointments.lockForBooking(List.of(details.location()), List.of(details.practitioner()));
        return appointments.find(appointment);
    }

    /** True if another appointment that still occupies time overlaps this one's practitioner or resources. */
    private boolean slotTaken(Appointment lapsed, Instant now) {
        var details = lapsed.details();
        return appointments.activeOverlapping(details.occupied(), List.of(details.practitioner()), details.resources())
                .stream()
                .anyMatch(other -> !other.id().equals(lapsed.id()) && other.occupiesTimeAt(now));
    }
}
