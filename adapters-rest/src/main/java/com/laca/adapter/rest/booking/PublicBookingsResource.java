package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.NetworkOrigins;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.application.booking.port.in.BookAppointmentUseCase;
import com.laca.application.booking.port.in.ManageOwnBookingUseCase;
import com.laca.application.booking.port.in.RunOnceUseCase;
import com.laca.application.tenancy.port.in.FindTenantQuery;
import com.laca.domain.shared.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lets a client book without an account and then, holding only the private manage token from the confirmation, see,
 * cancel or move that booking; the tenant comes from the URL's slug, never from the body.
 */
@Path("/public/{tenantSlug}/bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public booking", description = "Availability and self-service booking, no sign-in needed.")
@APIResponse(responseCode = "404", description = "No trading clinic with that slug, or no booking with that token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PublicBookingsResource {

    @Inject
    FindTenantQuery tenants;
    @Inject
    BookAppointmentUseCase booking;
    @Inject
    ManageOwnBookingUseCase ownBooking;
    @Inject
    Clock clock;
    @Inject
    RunOnceUseCase runOnce;

    @Context
    private UriInfo uriInfo;
    @Context
    private HttpServletRequest servletRequest;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "bookOnline",
            summary = "Book an offered slot",
            description = "Reserves the slot (HELD while a deposit is due, until holdExpiresAt) and returns the "
                    + "private manage token, shown only here.")
    @APIResponse(responseCode = "201", description = "Booked; Location is the manage link",
            content = @Content(schema = @Schema(implementation = BookedResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another body "
            + "(key-reused); nothing was booked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The slot cannot be booked (slot-unavailable, e.g. just "
            + "taken), or the client or this network already holds as many bookings as the clinic allows "
            + "(booking-limit-reached, reason CLIENT_UNPAID_HOLDS, CLIENT_UPCOMING_BOOKINGS, ADDRESS_UNPAID_HOLDS or "
            + "ADDRESS_UPCOMING_BOOKINGS), or clinical safety or the law refuses this client the treatment "
            + "(treatment-not-allowed, reason e.g. UNDER_MINIMUM_AGE, PRESCRIBER_CONSULTATION_REQUIRED, "
            + "CONTRAINDICATED); reason says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response book(@Parameter(description = "the clinic's slug", example = "demo-clinic")
                         @PathParam("tenantSlug") String tenantSlug,
                         @Parameter(description = "optional; 1 to 255 printable characters, kept 24 hours: a repeat "
                                 + "with the same key and body replays the first answer")
                         @HeaderParam(IdempotentBooking.KEY_HEADER) String idempotencyKey,
                         @NotNull(message = Bodies.REQUIRED) @Valid BookingRequest body) {
        TenantId tenant = PublicClinics.bySlug(tenants, tenantSlug);
        String origin = NetworkOrigins.of(servletRequest == null ? null : servletRequest.getRemoteAddr());
        return IdempotentBooking.run(runOnce, tenant, IdempotentBooking.PUBLIC, idempotencyKey, body,
                () -> BookingResponses.created(booking.book(body.toCommand(tenant, LocalDate.now(clock)).from(origin)),
                        booked -> uriInfo.getAbsolutePathBuilder().path(booked.manageToken()).build(), uriInfo));
    }

    @GET
    @Path("{manageToken}")
    @Operation(operationId = "viewOwnBooking",
            summary = "View my booking")
    @APIResponse(responseCode = "200", description = "The booking",
            content = @Content(schema = @Schema(implementation = AppointmentResponse.class)))
    public AppointmentResponse view(@PathParam("tenantSlug") String tenantSlug,
                                    @PathParam("manageToken") String manageToken) {
        return AppointmentResponse.from(ownBooking.view(PublicClinics.bySlug(tenants, tenantSlug), manageToken));
    }

    @POST
    @Path("{manageToken}/cancel")
    @Operation(operationId = "cancelOwnBooking",
            summary = "Cancel my booking",
            description = "Free up to the clinic's window before the start, late after it; the answer says which.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = ChangeResponse.class)))
    @APIResponse(responseCode = "409", description = "It can no longer be cancelled (e.g. it has started)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response cancel(@PathParam("tenantSlug") String tenantSlug,
                           @PathParam("manageToken") String manageToken) {
        return BookingResponses.changed(ownBooking.cancel(PublicClinics.bySlug(tenants, tenantSlug), manageToken),
                uriInfo);
    }

    @POST
    @Path("{manageToken}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rescheduleOwnBooking",
            summary = "Move my booking", description = "To another offered slot; the same token stays valid and "
            + "whatever was paid moves with it.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(schema = @Schema(implementation = BookedResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "409", description = "The new time cannot be booked (slot-unavailable), the "
            + "booking cannot be moved any more (transition-refused), or clinical safety or the law refuses the "
            + "treatment at the new time (treatment-not-allowed); reason says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response reschedule(@PathParam("tenantSlug") String tenantSlug,
                               @PathParam("manageToken") String manageToken,
                                          @NotNull(message = Bodies.REQUIRED) @Valid RescheduleRequest body) {
        TenantId tenant = PublicClinics.bySlug(tenants, tenantSlug);
        return BookingResponses.moved(ownBooking.reschedule(tenant, manageToken, Dates.instant(body.start(), "start"),
                BookingRequest.practitioner(body.practitioner(), "practitioner")), uriInfo);
    }
}
