package com.laca.adapter.rest.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A confirmed booking (or a moved one) with the private manage token, which is shown here only and lets the client
 * view, cancel or move the booking without an account, and how to pay its deposit.
 */
@Schema(name = "Booked", properties = {
        @SchemaProperty(name = "manageToken", example = "m7Qe1xk0YcS4t3rL9bVwHn2pZa5dFg8J",
                description = "keep it private: whoever has it can cancel the booking"),
        @SchemaProperty(name = "appointment"),
        @SchemaProperty(name = "deposit", nullable = true,
                description = "how to pay the deposit; null when nothing is due now (no deposit, or a reschedule)")})
public record BookedResponse(String manageToken, AppointmentResponse appointment, DepositResponse deposit) {

    @Override
    public String toString() {
        return "BookedResponse[" + appointment.id() + ", manageToken=***, deposit=" + deposit + "]";
    }
}
