package com.laca.adapter.rest.booking;

import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.domain.booking.CancellationOutcome;
import com.laca.domain.payment.DepositStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * The appointment after a lifecycle change, and for cancellations and no-shows what the clinic's policy says happens
 * to the deposit, so the page can tell the client whether they get it back.
 */
@Schema(name = "AppointmentChange", properties = {
        @SchemaProperty(name = "appointment"),
        @SchemaProperty(name = "cancellation", example = "FREE_CANCELLATION", nullable = true,
                description = "FREE_CANCELLATION, LATE_CANCELLATION, NO_SHOW or RESCHEDULED"),
        @SchemaProperty(name = "deposit", example = "REFUND", nullable = true,
                description = "what happens to a paid deposit: REFUND, FORFEIT or CARRY_OVER; null when the "
                        + "booking asked for no deposit")})
public record ChangeResponse(AppointmentResponse appointment, String cancellation, String deposit) {

    /** The answer a client sees: no staff-only fields. */
    public static ChangeResponse from(TransitionOutcome.Changed changed) {
        return of(changed, AppointmentResponse.from(changed.appointment()));
    }

    /** The answer the desk sees: the appointment with its notes, deposit status and cancellation record. */
    public static ChangeResponse forStaff(TransitionOutcome.Changed changed) {
        return of(changed, AppointmentResponse.forStaff(changed.appointment()));
    }

    /**
     * No deposit outcome for a booking without a deposit (by the ledger where the answer carries it, else by the
     * terms the client was given), so no page tells its client one is kept.
     */
    private static ChangeResponse of(TransitionOutcome.Changed changed, AppointmentResponse appointment) {
        boolean noDeposit = changed.appointment().deposit().map(DepositStatus.NONE::equals)
                .orElse(changed.appointment().terms().deposit().isZero());
        return new ChangeResponse(appointment,
                changed.cancellation().map(CancellationOutcome::name).orElse(null),
                changed.cancellation().filter(c -> !noDeposit).map(c -> c.deposit().name()).orElse(null));
    }
}
