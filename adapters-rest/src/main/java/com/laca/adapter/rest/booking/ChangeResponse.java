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

    public static ChangeResponse from(TransitionOutcome.Changed changed) {
        return new ChangeResponse(AppointmentResponse.from(changed.appointment()),
                changed.cancellation().map(CancellationOutcome::name).orElse(null),
                changed.cancellation().map(c -> c.deposit().name()).orElse(null));
    }
}
