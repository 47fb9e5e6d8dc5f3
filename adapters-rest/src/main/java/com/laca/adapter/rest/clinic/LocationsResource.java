package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PageNumber;
import com.laca.adapter.rest.common.PageResponse;
import com.laca.adapter.rest.common.PageSize;
import com.laca.adapter.rest.common.Versions;
import com.laca.adapter.rest.problem.AffectedParam;
import com.laca.adapter.rest.problem.AffectsBookingsProblem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.clinic.port.in.LocationDraft;
import com.laca.application.clinic.port.in.ManageLocationsUseCase;
import com.laca.domain.clinic.Location;
import com.laca.domain.shared.LocationId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lets staff manage the clinic's sites over HTTP; reading needs SETTINGS_VIEW and changing SETTINGS_MANAGE, both checked by the use case. */
@Path("/locations")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations", description = "The clinic's sites, each with its address, time zone and jurisdiction.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class LocationsResource {

    private CurrentCaller caller;
    private ClinicRecordEndpoints<Location, LocationId, LocationDraft, LocationResponse> endpoints;

    @Context
    private UriInfo uriInfo;

    /** For CDI's client proxy only. */
    protected LocationsResource() {
    }

    @Inject
    public LocationsResource(CurrentCaller caller, ManageLocationsUseCase useCase) {
        this.caller = caller;
        this.endpoints = new ClinicRecordEndpoints<>("location", useCase, LocationId::new, LocationResponse::from,
                LocationResponse::id, Location::version);
    }

    @GET
    @Operation(operationId = "listLocations",
            summary = "List locations", description = "One page of the clinic's locations.")
    @APIResponse(responseCode = "200", description = "A page of locations",
            content = @Content(schema = @Schema(implementation = PageResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_PAGE)
    public Response list(@Parameter(description = "zero-based page", example = "0")
                         @PageNumber @QueryParam("page") Integer page,
                         @Parameter(description = "1-100", example = "20") @PageSize @QueryParam("size") Integer size) {
        return endpoints.list(caller.get(), page, size);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getLocation",
            summary = "Read one location", description = "The ETag header carries the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The location",
            headers = @Header(name = "ETag", description = "the version, e.g. \"3\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LocationResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response get(@PathParam("id") String id) {
        return endpoints.get(caller.get(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createLocation",
            summary = "Create a location")
    @APIResponse(responseCode = "201", description = "Created; Location points at it and ETag carries its version",
            content = @Content(schema = @Schema(implementation = LocationResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public Response create(@NotNull(message = Bodies.REQUIRED) @Valid LocationRequest request) {
        return endpoints.create(caller.get(), request, LocationRequest::toDraft, uriInfo);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LocationRequest.class)))
    @Operation(operationId = "updateLocation",
            summary = "Replace a location", description = "Requires If-Match with the ETag last read. Every field must be sent (null where a field allows none); a missing field is a 400 naming it, never a default. To change some fields, use PATCH.")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = LocationResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Would affect booked appointments (deactivating, or removing a qualification, location or room they need); repeat with affected=keep to keep them",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = AffectsBookingsProblem.class)))
    @APIResponse(responseCode = "412", ref = ApiDefinition.VERSION_CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDefinition.VERSION_REQUIRED)
    public Response update(@PathParam("id") String id,
                           @Parameter(description = "the ETag last read", example = "\"0\"")
                           @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           @Parameter(description = "keep: make the change anyway and keep the affected bookings",
                                   example = "keep") @QueryParam("affected") String affected,
                           JsonObject request) {
        return endpoints.replace(caller.get(), id, ifMatch, request, LocationRequest.class,
                LocationRequest::toReplacement,
                AffectedParam.parse(affected));
    }

    @PATCH
    @Path("{id}")
    @Consumes(RecordBodies.MERGE_PATCH)
    @RequestBody(required = true, description = "a JSON Merge Patch (RFC 7396): fields to change; null removes an optional one",
            content = @Content(mediaType = RecordBodies.MERGE_PATCH, schema = @Schema(implementation = LocationRequest.class)))
    @Operation(operationId = "patchLocations", summary = "Change some fields of a location",
            description = "Requires If-Match with the ETag last read. The body (Content-Type: application/merge-patch+json) "
                    + "is merged onto the stored record; fields left out keep their values.")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = LocationResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Would affect booked appointments (deactivating, or removing a qualification, location or room they need); repeat with affected=keep to keep them",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = AffectsBookingsProblem.class)))
    @APIResponse(responseCode = "412", ref = ApiDefinition.VERSION_CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDefinition.VERSION_REQUIRED)
    public Response patch(@PathParam("id") String id,
                          @Parameter(description = "the ETag last read", example = "\"0\"")
                          @HeaderParam(Versions.IF_MATCH) String ifMatch,
                          @Parameter(description = "keep: make the change anyway and keep the affected bookings",
                                  example = "keep") @QueryParam("affected") String affected,
                          @NotNull(message = Bodies.REQUIRED) JsonObject patch) {
        return endpoints.patch(caller.get(), id, ifMatch, patch, LocationRequest.class,
                LocationRequest::toReplacement,
                AffectedParam.parse(affected));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteLocation",
            summary = "Delete a location", description = "Requires If-Match with the ETag last read.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.IN_USE)
    @APIResponse(responseCode = "412", ref = ApiDefinition.VERSION_CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDefinition.VERSION_REQUIRED)
    public Response delete(@PathParam("id") String id,
                           @Parameter(description = "the ETag last read", example = "\"0\"")
                           @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        return endpoints.delete(caller.get(), id, ifMatch);
    }
}
