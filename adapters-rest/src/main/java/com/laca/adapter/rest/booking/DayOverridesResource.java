package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.booking.port.in.ManageScheduleUseCase;
import com.laca.application.shared.Caller;
import com.laca.domain.scheduling.DayOverride;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
 * Date-specific hours of a practitioner at one location (an extra evening clinic, a day not in), which replace the
 * weekly rota on that date.
 */
@Path("/practitioners/{id}/overrides")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule", description = "When practitioners, rooms and devices can be booked.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class DayOverridesResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageScheduleUseCase schedule;
    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "listDayOverrides",
            summary = "Overrides between two dates", description = "From today for a year when left out.")
    @APIResponse(responseCode = "200", description = "The overrides",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DayOverrideResponse.class)))
    public List<DayOverrideResponse> list(@PathParam("id") String id,
                                          @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                                                     example = "2026-12-01") @QueryParam("from") LocalDate from,
                                          @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                                                     example = "2026-12-31") @QueryParam("to") LocalDate to) {
        Caller who = caller.get();
        Ranges range = Ranges.of(from, to, clock);
        return schedule.overrides(who, WorkingHoursResource.practitioner(id), range.from(), range.to()).stream()
                .map(DayOverrideResponse::from).toList();
    }

    @PUT
    @Path("{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setDayOverride",
            summary = "Set one date's hours at one location", description = "{\"windows\": []} means closed.")
    @APIResponse(responseCode = "200", description = "The override now in force",
            content = @Content(schema = @Schema(implementation = DayOverrideResponse.class)))
    public DayOverrideResponse set(@PathParam("id") String id, @PathParam("date") String date,
                                   @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                                              required = true)
                                   @NotNull(message = Fields.REQUIRED) @QueryParam("location") UUID location,
                                   @NotNull(message = Bodies.REQUIRED) @Valid DayOverrideRequest request) {
        Caller who = caller.get();
        PractitionerId practitioner = WorkingHoursResource.practitioner(id);
        LocalDate day = Dates.date(date, "date");
        LocationId at = new LocationId(location);
        DayOverride override = new DayOverride(practitioner, at, day,
                Windows.of(request.windows(), "windows"));
        return DayOverrideResponse.from(schedule.setOverride(who, override));
    }

    @DELETE
    @Path("{date}")
    @Operation(operationId = "removeDayOverride",
            summary = "Back to the weekly rota on that date")
    @APIResponse(responseCode = "204", description = "Removed (or there was none)")
    public Response remove(@PathParam("id") String id, @PathParam("date") String date,
                           @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), required = true)
                           @NotNull(message = Fields.REQUIRED) @QueryParam("location") UUID location) {
        Caller who = caller.get();
        schedule.removeOverride(who, WorkingHoursResource.practitioner(id),
                new LocationId(location), Dates.date(date, "date"));
        return Response.noContent().build();
    }
}
