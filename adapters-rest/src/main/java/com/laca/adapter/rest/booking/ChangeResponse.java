package com.laca.adapter.rest.booking;

import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.domain.booking.CancellationOutcome;
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
                description = "what happens to a paid deposit: REFUND, FORFEIT or CARRY_OVER")})
public record ChangeResponse(AppointmentResponse appointment, String cancellation, String deposit) {

    /** The answer a client sees: no staff-only fields. */
    public static ChangeResponse from(TransitionOutcome.Changed changed) {
        return of(changed, AppointmentResponse.from(changed.appointment()));
    }

    /** The answer the desk sees: the appointment with its notes, deposit status and cancellation record. */
    public static ChangeResponse forStaff(TransitionOutcome.Changed changed) {
        return of(changed, AppointmentResponse.forStaff(changed.appointment()));
    }

    private static ChangeResponse of(TransitionOutcome.Changed changed, AppointmentResponse appointment) {
        return new ChangeResponse(appointment,
                changed.cancellation().map(CancellationOutcome::name).orElse(null),
                changed.cancellation().map(c -> c.deposit().name()).orElse(null));
    }
}
