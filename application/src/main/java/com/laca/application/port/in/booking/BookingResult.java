package com.laca.application.port.in.booking;

import com.laca.domain.scheduling.RejectionReason;

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
     */
    record Booked(AppointmentView appointment, String manageToken) implements BookingResult {
    }

    /** The slot cannot be booked, with a reason the booking page can show (e.g. it has just been taken). */
    record SlotUnavailable(RejectionReason reason, String message) implements BookingResult {
    }
}
