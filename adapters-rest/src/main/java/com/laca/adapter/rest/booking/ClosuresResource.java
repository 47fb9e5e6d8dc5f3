package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Paging;
import com.laca.adapter.rest.common.PageSize;
import com.laca.adapter.rest.common.PageResponse;
import com.laca.adapter.rest.common.PageNumber;
import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.problem.AffectedParam;
import com.laca.adapter.rest.problem.AffectsBookingsProblem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.booking.port.in.ManageScheduleUseCase;
import com.laca.application.shared.Caller;
import com.laca.domain.scheduling.Closure;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dates the whole clinic is shut (bank holidays), one entry overriding every rota. */
@Path("/closures")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule", description = "When practitioners, rooms and devices can be booked.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class ClosuresResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageScheduleUseCase schedule;
    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "listClosures",
            summary = "Closures between two dates", description = "From today for a year when left out; by date, "
            + "paged as every list ({items, page, size, total}, 20 a page unless size says otherwise, at most 100).")
    @APIResponse(responseCode = "200", description = "One page of the closures",
            content = @Content(schema = @Schema(implementation = PageResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_PAGE)
    public PageResponse<ClosureResponse> list(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                                                         example = "2026-12-01") @QueryParam("from") LocalDate from,
                                              @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                                                         example = "2027-01-31") @QueryParam("to") LocalDate to,
                                              @Parameter(description = "zero-based page", example = "0")
                                              @PageNumber @QueryParam("page") Integer page,
                                              @Parameter(description = "1-100", example = "20")
                                              @PageSize @QueryParam("size") Integer size) {
        Caller who = caller.get();
        Ranges range = Ranges.of(from, to, clock);
        return PageResponse.slice(schedule.closures(who, range.from(), range.to()), Paging.of(page, size),
                ClosureResponse::from);
    }

    @PUT
    @Path("{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setClosure",
            summary = "Close the clinic on a date", description = "Setting it again renames it; a date with future "
            + "held or confirmed appointments is 409 listing them unless affected=keep.")
    @APIResponse(responseCode = "200", description = "The closure",
            content = @Content(schema = @Schema(implementation = ClosureResponse.class)))
    @APIResponse(responseCode = "409", description = "Would affect booked appointments",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = AffectsBookingsProblem.class)))
    public ClosureResponse set(@PathParam("date") String date,
                               @Parameter(description = "keep: close anyway and keep the affected bookings",
                                       example = "keep") @QueryParam("affected") String affected,
                               @NotNull(message = Bodies.REQUIRED) @Valid ClosureRequest request) {
        Caller who = caller.get();
        String name = request.name();
        return ClosureResponse.from(schedule.setClosure(who, new Closure(Dates.date(date, "date"), name),
                AffectedParam.parse(affected)));
    }

    @DELETE
    @Path("{date}")
    @Operation(operationId = "removeClosure",
            summary = "Open the clinic again on a date")
    @APIResponse(responseCode = "204", description = "Removed (or there was none)")
    public Response remove(@PathParam("date") String date) {
        Caller who = caller.get();
        schedule.removeClosure(who, Dates.date(date, "date"));
        return Response.noContent().build();
    }
}
