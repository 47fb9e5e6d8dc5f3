package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Paging;
import com.laca.adapter.rest.common.PageSize;
import com.laca.adapter.rest.common.PageResponse;
import com.laca.adapter.rest.common.PageNumber;
import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.booking.port.in.AppointmentAction;
import com.laca.application.booking.port.in.BookAppointmentUseCase;
import com.laca.application.booking.port.in.CalendarQuery;
import com.laca.application.booking.port.in.RescheduleAppointmentUseCase;
import com.laca.application.booking.port.in.RunOnceUseCase;
import com.laca.application.booking.port.in.StaffCalendarUseCase;
import com.laca.application.shared.Caller;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The clinic's day for staff: who is booked when, booking on a client's behalf, and moving appointments through
 * their lifecycle; which role may do what is decided by the use cases' permission checks.
 */
@Path("/appointments")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Appointments as the front desk and practitioners work with them.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class AppointmentsResource {

    /** The longest calendar range one request may ask for, in days, both ends included. */
    static final int MAX_DAYS = 31;

    @Inject
    CurrentCaller caller;
    @Inject
    StaffCalendarUseCase calendar;
    @Inject
    BookAppointmentUseCase booking;
    @Inject
    Clock clock;
    @Inject
    RunOnceUseCase runOnce;

    @Inject
    RescheduleAppointmentUseCase staffReschedule;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(operationId = "listAppointments",
            summary = "The calendar", description = "Appointments overlapping the local dates (a day or a week, "
            + "at most 31 days), for one practitioner, one location or the whole clinic, by start; cancelled and "
            + "expired ones keep their status; paged as every list ({items, page, size, total}, 20 a page unless "
            + "size says otherwise, at most 100).")
    @APIResponse(responseCode = "200", description = "One page of the appointments, by start: {items, page, size, "
            + "total}", content = @Content(schema = @Schema(implementation = PageResponse.class)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed (a page or size out of "
            + "range too), or the range is reversed or too long; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<AppointmentResponse> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                       description = "first local date", required = true, example = "2026-12-01")
            @NotNull(message = Fields.REQUIRED) @QueryParam("from") LocalDate from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                       description = "last local date, inclusive", required = true, example = "2026-12-07")
            @NotNull(message = Fields.REQUIRED) @QueryParam("to") LocalDate to,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                       description = "only this practitioner") @QueryParam("practitioner") UUID practitioner,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                       description = "only this location") @QueryParam("location") UUID location,
            @Parameter(description = "zero-based page", example = "0") @PageNumber @QueryParam("page") Integer page,
            @Parameter(description = "1-100", example = "20") @PageSize @QueryParam("size") Integer size) {
        Caller who = caller.get();
        Dates.requireSpan(from, to, MAX_DAYS, "to");
        CalendarQuery query = new CalendarQuery(from, to, Optional.ofNullable(practitioner).map(PractitionerId::new),
                Optional.ofNullable(location).map(LocationId::new));
        return PageResponse.slice(calendar.calendar(who, query), Paging.of(page, size), AppointmentResponse::forStaff);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAppointment",
            summary = "One appointment")
    @APIResponse(responseCode = "200", description = "The appointment",
            content = @Content(schema = @Schema(implementation = AppointmentResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AppointmentResponse get(@PathParam("id") String id) {
        Caller who = caller.get();
        return AppointmentResponse.forStaff(calendar.get(who, PathIds.parse(id, "appointment", AppointmentId::new)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "bookAppointmentForClient",
            summary = "Book on a client's behalf", description = "Same body and rules as public booking; the "
            + "manage token can be passed on to the client.")
    @APIResponse(responseCode = "201", description = "Booked; Location points at the appointment",
            content = @Content(schema = @Schema(implementation = BookedResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", description = "No such treatment, practitioner or location",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another body "
            + "(key-reused); nothing was booked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The slot cannot be booked (slot-unavailable), or clinical "
            + "safety or the law refuses this client the treatment (treatment-not-allowed); reason says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response book(@Parameter(description = "optional; 1 to 255 printable characters, kept 24 hours: a repeat "
                                 + "with the same key and body replays the first answer")
                         @HeaderParam(IdempotentBooking.KEY_HEADER) String idempotencyKey,
                         @NotNull(message = Bodies.REQUIRED) @Valid BookingRequest body) {
        Caller who = caller.get();
        return IdempotentBooking.run(runOnce, who.tenantId(), IdempotentBooking.STAFF, idempotencyKey, body,
                () -> BookingResponses.created(
                        booking.bookOnBehalf(who, body.toStaffCommand(who.tenantId(), LocalDate.now(clock))),
                        booked -> uriInfo.getAbsolutePathBuilder().path(booked.appointment().id().toString()).build(),
                        uriInfo));
    }

    @POST
    @Path("{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rescheduleAppointment", summary = "Move an appointment (staff)",
            description = "To another time, with the same rules as a client's own reschedule except the online "
                    + "booking window; the appointment keeps its id, so whatever was paid moves with it. The answer "
                    + "carries no manage token (the client's stays valid).")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(schema = @Schema(implementation = BookedResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The new time cannot be booked (slot-unavailable) or the "
            + "appointment cannot be moved any more (transition-refused); reason says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response reschedule(@PathParam("id") String id,
                               @NotNull(message = Bodies.REQUIRED) @Valid RescheduleRequest body) {
        AppointmentId appointment = PathIds.parse(id, "appointment", AppointmentId::new);
        return BookingResponses.moved(staffReschedule.reschedule(caller.get(), appointment,
                Dates.instant(body.start(), "start"), BookingRequest.practitioner(body.practitioner(), "practitioner")),
                uriInfo);
    }

    @POST
    @Path("{id}/check-in")
    @Operation(operationId = "checkInAppointment",
            summary = "The client has arrived")
    @APIResponse(responseCode = "200", description = "Checked in",
            content = @Content(schema = @Schema(implementation = ChangeResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not allowed from the current state; reason says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response checkIn(@PathParam("id") String id) {
        return act(id, AppointmentAction.CHECK_IN);
    }

    @POST
    @Path("{id}/complete")
    @Operation(operationId = "completeAppointment",
            summary = "The treatment took place")
    @APIResponse(responseCode = "200", description = "Completed",
            content = @Content(schema = @Schema(implementation = ChangeResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not allowed from the current state; reason says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response complete(@PathParam("id") String id) {
        return act(id, AppointmentAction.COMPLETE);
    }

    @POST
    @Path("{id}/no-show")
    @Operation(operationId = "markAppointmentNoShow",
            summary = "The client did not come", description = "Only from the start time on.")
    @APIResponse(responseCode = "200", description = "Recorded, with what happens to the deposit",
            content = @Content(schema = @Schema(implementation = ChangeResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not allowed from the current state; reason says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response noShow(@PathParam("id") String id) {
        return act(id, AppointmentAction.NO_SHOW);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelAppointment",
            summary = "Cancel", description = "Only before the start; records who cancelled and why (a reason "
            + "code, with words when it is OTHER), and the answer says whether it was free or late.")
    @APIResponse(responseCode = "200", description = "Cancelled, with what happens to the deposit",
            content = @Content(schema = @Schema(implementation = ChangeResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not allowed from the current state; reason says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response cancel(@PathParam("id") String id,
                           @NotNull(message = Bodies.REQUIRED) @Valid CancelRequest body) {
        Caller who = caller.get();
        return BookingResponses.changedForStaff(calendar.cancel(who, PathIds.parse(id, "appointment", AppointmentId::new),
                body.toCancellation()), uriInfo);
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addAppointmentNote",
            summary = "Add a staff-only note", description = "Notes are shown on the calendar and never to the "
            + "client; they are never edited (a correction is a new note).")
    @APIResponse(responseCode = "200", description = "The appointment with its notes",
            content = @Content(schema = @Schema(implementation = AppointmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another note or "
            + "appointment (key-reused); nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addNote(@PathParam("id") String id,
                            @Parameter(description = "optional; 1 to 255 printable characters, kept 24 hours: a "
                                    + "retry with the same key and note replays the first answer, never a second note")
                            @HeaderParam(IdempotentBooking.KEY_HEADER) String idempotencyKey,
                            @NotNull(message = Bodies.REQUIRED) @Valid NoteRequest body) {
        Caller who = caller.get();
        AppointmentId appointment = PathIds.parse(id, "appointment", AppointmentId::new);
        // notes are append-only, so a retried POST must not write the note twice
        return IdempotentBooking.run(runOnce, who.tenantId(), IdempotentBooking.NOTE, idempotencyKey,
                new java.util.TreeMap<>(java.util.Map.of("appointment", appointment.toString(), "text", body.text())),
                () -> Response.ok(AppointmentResponse.forStaff(calendar.addNote(who, appointment, body.text())))
                        .build());
    }

    private Response act(String id, AppointmentAction action) {
        Caller who = caller.get();
        return BookingResponses.changedForStaff(
                calendar.act(who, PathIds.parse(id, "appointment", AppointmentId::new), action), uriInfo);
    }
}
