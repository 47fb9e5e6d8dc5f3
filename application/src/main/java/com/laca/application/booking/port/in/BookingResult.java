package com.laca.application.booking.port.in;

import com.laca.application.payment.port.in.DepositInstructions;
import com.laca.domain.booking.BookingLimit;
import com.laca.domain.booking.TransitionRefusal;
import com.laca.domain.scheduling.RejectionReason;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The answer to a booking or rescheduling request; the REST adapter maps it exhaustively, so a refusal can never
 * leak out as a success.
 */
public sealed interface BookingResult {

    /**
     * The slot is the client's.
     *
     * @param manageToken shown once, in the confirmation; lets the client view, cancel or reschedule without an
     *                    account. Only its hash is stored.
     * @param deposit     how the deposit is collected (card now, at the desk, or none), so the booking page can
     *                    take the card before the hold expires
     */
    record Booked(AppointmentView appointment, String manageToken, DepositInstructions deposit)
            implements BookingResult {

        public Booked {
            java.util.Objects.requireNonNull(deposit, "deposit");
        }

        /** A booking whose deposit is not (yet) prepared; the payments decorator adds it. */
        public Booked(AppointmentView appointment, String manageToken) {
            this(appointment, manageToken, new DepositInstructions.NoDeposit());
        }

        @Override
        public String toString() {
            return "Booked[" + appointment.id() + ", manageToken=***, deposit=" + deposit + "]";
        }
    }

    /** The slot cannot be booked, with a reason the booking page can show (e.g. it has just been taken). */
    record SlotUnavailable(RejectionReason reason, String message) implements BookingResult {
    }

    /**
     * The client, or the network address the booking came from, already holds as much of the clinic's calendar as
     * allowed (e.g. two unpaid holds), so one person cannot take every slot; nothing was booked.
     *
     * @param allowed the configured limit that is reached
     * @param message a sentence the booking page may show
     */
    record LimitReached(BookingLimit limit, int allowed, String message) implements BookingResult {
    }

    /**
     * Clinical safety or the law refuses this client the treatment at that time (e.g. under 18 for toxin, a
     * contraindication, no prescriber consultation); nothing was written.
     *
     * @param reason      a stable code, e.g. {@code UNDER_MINIMUM_AGE}
     * @param message     a plain-English sentence with no medical detail, safe for whoever is booking
     * @param allowedFrom the first date the treatment could take place, when the refusal is only about timing
     */
    record SafetyRefused(String reason, String message, Optional<LocalDate> allowedFrom) implements BookingResult {

        public SafetyRefused {
            java.util.Objects.requireNonNull(reason, "reason");
            java.util.Objects.requireNonNull(message, "message");
            java.util.Objects.requireNonNull(allowedFrom, "allowedFrom");
        }
    }

    /**
     * The booking cannot be moved from its current state (cancelled, lapsed or already started), with the domain's
     * reason, so the client is told why rather than getting a bare conflict.
     */
    record Refused(TransitionRefusal refusal, String message) implements BookingResult {
    }
}
