package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.booking.port.in.ManageScheduleUseCase;
import com.laca.application.clinic.port.in.ManageResourcesUseCase;
import com.laca.application.shared.Caller;
import com.laca.domain.scheduling.ResourceBlock;
import com.laca.domain.scheduling.Scheduled;
import com.laca.domain.shared.ResourceId;
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

/** Periods a room or device cannot be booked (servicing, a deep clean), so treatments needing it are not offered. */
@Path("/resources/{id}/blocks")
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
public class ResourceBlocksResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageScheduleUseCase schedule;
    @Inject
    ManageResourcesUseCase resources;
    @Inject
    Clock clock;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(operationId = "listResourceBlocks",
            summary = "Blocks touching the dates", description = "From today for a year when left out.")
    @APIResponse(responseCode = "200", description = "The blocks of this room or device",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ScheduledSpanResponse.class)))
    public List<ScheduledSpanResponse> list(@PathParam("id") String id,
                                            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                                                       example = "2026-12-01") @QueryParam("from") LocalDate from,
                                            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                                                       example = "2026-12-31") @QueryParam("to") LocalDate to) {
        Caller who = caller.get();
        ResourceId resource = resource(id);
        Ranges range = Ranges.of(from, to, clock);
        return schedule.resourceBlocks(who, resources.get(who, resource).locationId(), range.from(), range.to())
                .stream().filter(block -> block.entry().resource().equals(resource))
                .map(ResourceBlocksResource::response).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addResourceBlock",
            summary = "Block a room or device", description = "Existing appointments are not moved.")
    @APIResponse(responseCode = "201", description = "Blocked; Location is the entry",
            content = @Content(schema = @Schema(implementation = ScheduledSpanResponse.class)))
    public Response add(@PathParam("id") String id, @NotNull(message = Bodies.REQUIRED) @Valid SpanRequest body) {
        Caller who = caller.get();
        ResourceId resource = resource(id);
        ScheduledSpanResponse added = response(schedule.blockResource(who,
                new ResourceBlock(resource, Ranges.span(body.start(), body.end()))));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(added.id()).build()).entity(added).build();
    }

    @DELETE
    @Path("{entryId}")
    @Operation(operationId = "removeResourceBlock",
            summary = "Unblock")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") String id, @PathParam("entryId") String entryId) {
        Caller who = caller.get();
        schedule.unblockResource(who, resource(id), PathIds.parse(entryId, "block", entry -> entry));
        return Response.noContent().build();
    }

    private static ResourceId resource(String id) {
        return PathIds.parse(id, "room or device", ResourceId::new);
    }

    private static ScheduledSpanResponse response(Scheduled<ResourceBlock> entry) {
        return ScheduledSpanResponse.of(entry.id(), entry.entry().resource(), entry.entry().period());
    }
}
