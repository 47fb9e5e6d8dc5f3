package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.booking.port.in.ManageScheduleUseCase;
import com.laca.application.shared.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The clinic's booking terms: the free-cancellation window and how long a slot is held for a deposit. */
@Path("/settings/booking")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule", description = "When practitioners, rooms and devices can be booked.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class BookingSettingsResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageScheduleUseCase schedule;

    @GET
    @Operation(operationId = "getBookingSettings",
            summary = "The booking terms")
    @APIResponse(responseCode = "200", description = "The terms",
            content = @Content(schema = @Schema(implementation = BookingSettingsJson.class)))
    public BookingSettingsJson get() {
        return BookingSettingsJson.from(schedule.bookingPolicy(caller.get()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setBookingSettings",
            summary = "Change the booking terms", description = "Applies to cancellations and holds from now on.")
    @APIResponse(responseCode = "200", description = "The terms now in force",
            content = @Content(schema = @Schema(implementation = BookingSettingsJson.class)))
    public BookingSettingsJson set(@NotNull(message = Bodies.REQUIRED) @Valid BookingSettingsJson request) {
        Caller who = caller.get();
        return BookingSettingsJson.from(schedule.setBookingPolicy(who, request.toPolicy()));
    }
}
