package com.laca.application.booking.port.in;

import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the payment area asks of bookings, kept to two questions so that payments never re-implement the booking
 * rules: which appointment is this, and may a late payment still confirm it.
 */
public interface BookedAppointments {

    /** The appointment in the current tenant, as it stands at {@code now}. */
    Optional<BookedAppointment> find(AppointmentId appointment, Instant now);

    /**
     * Confirms the appointment because its deposit was paid, inside the caller's tenant transaction and with the
     * appointment locked: a running hold is confirmed; a lapsed hold is never revived (the booking engine's state
     * machine ends it), so its payment cannot be kept and says whether the slot has been taken meanwhile.
     */
    PaidConfirmation confirmPaid(AppointmentId appointment, Instant now);

    /**
     * An appointment as payments see it.
     *
     * @param status the status at the moment asked (a lapsed hold is EXPIRED)
     * @param price  the price agreed when the appointment was booked, which the balance due is measured against
     */
    record BookedAppointment(AppointmentId id, AppointmentStatus status, Instant start, Money price) {
        public BookedAppointment {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(price, "price");
        }
    }

    /** What confirming a paid appointment did, so that a payment which cannot be kept is refunded, never lost. */
    sealed interface PaidConfirmation {

        /** The appointment is now CONFIRMED (from a running hold, or a lapsed hold whose slot was still free). */
        record Confirmed() implements PaidConfirmation {
        }

        /** It was confirmed already, or has moved on (checked in, completed, no-show): the money is kept. */
        record AlreadyConfirmed() implements PaidConfirmation {
        }

        /** The payment cannot be kept and must be refunded. */
        record CannotKeep(Why why) implements PaidConfirmation {
            public CannotKeep {
                Objects.requireNonNull(why, "why");
            }
        }

        /** Why a payment cannot be kept. */
        enum Why {
            /** The hold lapsed and the slot was given to someone else. */
            SLOT_TAKEN,
            /** The hold lapsed; the slot is still free, but a lapsed hold is not revived. */
            HOLD_LAPSED,
            /** The appointment was cancelled before the money arrived. */
            CANCELLED,
            /** No such appointment in the tenant. */
            UNKNOWN_APPOINTMENT
        }
    }
}
