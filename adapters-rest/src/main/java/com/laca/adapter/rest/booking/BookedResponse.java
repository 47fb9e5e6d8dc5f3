package com.laca.adapter.rest.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A confirmed booking (or a moved one) with the private manage token, which is shown here only and lets the client
 * view, cancel or move the booking without an account.
 */
@Schema(name = "Booked", properties = {
        @SchemaProperty(name = "manageToken", example = "m7Qe1xk0YcS4t3rL9bVwHn2pZa5dFg8J",
                description = "keep it private: whoever has it can cancel the booking"),
        @SchemaProperty(name = "appointment")})
public record BookedResponse(String manageToken, AppointmentResponse appointment) {
}
