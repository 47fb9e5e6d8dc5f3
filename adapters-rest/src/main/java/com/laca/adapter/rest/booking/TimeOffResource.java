package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.AffectedParam;
import com.laca.adapter.rest.problem.AffectsBookingsProblem;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.booking.port.in.ManageScheduleUseCase;
import com.laca.application.shared.Caller;
import com.laca.domain.scheduling.Scheduled;
import com.laca.domain.scheduling.TimeOff;
import com.laca.domain.shared.PractitionerId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A practitioner's absences (holidays, training, an hour the front desk blocks out), kept apart from the rota. */
@Path("/practitioners/{id}/time-off")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule", description = "When practitioners, rooms and devices can be booked.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such practitioner or entry in the caller's clinic",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TimeOffResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageScheduleUseCase schedule;
    @Inject
    Clock clock;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(operationId = "listTimeOff",
            summary = "Time off touching the dates", description = "From today for a year when left out.")
    @APIResponse(responseCode = "200", description = "The entries",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ScheduledSpanResponse.class)))
    public List<ScheduledSpanResponse> list(@PathParam("id") String id,
                                            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                                                       example = "2026-12-01") @QueryParam("from") LocalDate from,
                                            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                                                       example = "2026-12-31") @QueryParam("to") LocalDate to) {
        Caller who = caller.get();
        Ranges range = Ranges.of(from, to, clock);
        return schedule.timeOff(who, WorkingHoursResource.practitioner(id), range.from(), range.to()).stream()
                .map(TimeOffResource::response).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addTimeOff",
            summary = "Add time off", description = "Existing appointments are not moved; time off over future held "
            + "or confirmed appointments is 409 listing them unless affected=keep.")
    @APIResponse(responseCode = "201", description = "Added; Location is the entry",
            content = @Content(schema = @Schema(implementation = ScheduledSpanResponse.class)))
    @APIResponse(responseCode = "409", description = "Would affect booked appointments",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = AffectsBookingsProblem.class)))
    public Response add(@PathParam("id") String id,
                        @Parameter(description = "keep: add it anyway and keep the affected bookings",
                                example = "keep") @QueryParam("affected") String affected,
                        @NotNull(message = Bodies.REQUIRED) @Valid SpanRequest body) {
        Caller who = caller.get();
        PractitionerId practitioner = WorkingHoursResource.practitioner(id);
        ScheduledSpanResponse added = response(schedule.addTimeOff(who,
                new TimeOff(practitioner, Ranges.span(body.start(), body.end())), AffectedParam.parse(affected)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(added.id()).build()).entity(added).build();
    }

    @DELETE
    @Path("{entryId}")
    @Operation(operationId = "removeTimeOff",
            summary = "Remove time off")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") String id, @PathParam("entryId") String entryId) {
        Caller who = caller.get();
        PractitionerId practitioner = WorkingHoursResource.practitioner(id);
        schedule.removeTimeOff(who, practitioner, PathIds.parse(entryId, "time-off entry", entry -> entry));
        return Response.noContent().build();
    }

    private static ScheduledSpanResponse response(Scheduled<TimeOff> entry) {
        return ScheduledSpanResponse.of(entry.id(), entry.entry().practitioner(), entry.entry().period());
    }
}
