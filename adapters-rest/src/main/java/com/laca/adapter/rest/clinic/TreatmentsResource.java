package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PageNumber;
import com.laca.adapter.rest.common.PageResponse;
import com.laca.adapter.rest.common.PageSize;
import com.laca.adapter.rest.common.Versions;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.clinic.port.in.ManageTreatmentsUseCase;
import com.laca.application.clinic.port.in.TreatmentDraft;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.shared.TreatmentId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
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

/** Lets staff manage the treatment menu over HTTP; prices are in the clinic's currency, which the use case supplies. */
@Path("/treatments")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treatments", description = "The clinic's treatment menu as staff manage it.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class TreatmentsResource {

    private CurrentCaller caller;
    private ClinicRecordEndpoints<Treatment, TreatmentId, TreatmentDraft, TreatmentResponse> endpoints;

    @Context
    private UriInfo uriInfo;

    /** For CDI's client proxy only. */
    protected TreatmentsResource() {
    }

    @Inject
    public TreatmentsResource(CurrentCaller caller, ManageTreatmentsUseCase useCase) {
        this.caller = caller;
        this.endpoints = new ClinicRecordEndpoints<>("treatment", useCase, TreatmentId::new, TreatmentResponse::from,
                TreatmentResponse::id, Treatment::version);
    }

    @GET
    @Operation(operationId = "listTreatments",
            summary = "List treatments", description = "One page of the clinic's treatments.")
    @APIResponse(responseCode = "200", description = "A page of treatments",
            content = @Content(schema = @Schema(implementation = PageResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_PAGE)
    public Response list(@Parameter(description = "zero-based page", example = "0")
                         @PageNumber @QueryParam("page") Integer page,
                         @Parameter(description = "1-100", example = "20") @PageSize @QueryParam("size") Integer size) {
        return endpoints.list(caller.get(), page, size);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTreatment",
            summary = "Read one treatment", description = "The ETag header carries the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The treatment",
            headers = @Header(name = "ETag", description = "the version, e.g. \"3\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TreatmentResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response get(@PathParam("id") String id) {
        return endpoints.get(caller.get(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTreatment",
            summary = "Create a treatment")
    @APIResponse(responseCode = "201", description = "Created; Location points at it and ETag carries its version",
            content = @Content(schema = @Schema(implementation = TreatmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public Response create(@NotNull(message = Bodies.REQUIRED) @Valid TreatmentRequest request) {
        return endpoints.create(caller.get(), request, TreatmentRequest::toDraft, uriInfo);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TreatmentRequest.class)))
    @Operation(operationId = "updateTreatment",
            summary = "Replace a treatment", description = "Requires If-Match with the ETag last read. Every field must be sent (null where a field allows none); a missing field is a 400 naming it, never a default. To change some fields, use PATCH.")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = TreatmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDefinition.VERSION_CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDefinition.VERSION_REQUIRED)
    public Response update(@PathParam("id") String id,
                           @Parameter(description = "the ETag last read", example = "\"0\"")
                           @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           JsonObject request) {
        return endpoints.replace(caller.get(), id, ifMatch, request, TreatmentRequest.class, TreatmentRequest::toDraft);
    }

    @PATCH
    @Path("{id}")
    @Consumes(RecordBodies.MERGE_PATCH)
    @RequestBody(required = true, description = "a JSON Merge Patch (RFC 7396): fields to change; null removes an optional one",
            content = @Content(mediaType = RecordBodies.MERGE_PATCH, schema = @Schema(implementation = TreatmentRequest.class)))
    @Operation(operationId = "patchTreatments", summary = "Change some fields of a treatment",
            description = "Requires If-Match with the ETag last read. The body (Content-Type: application/merge-patch+json) "
                    + "is merged onto the stored record; fields left out keep their values.")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = TreatmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDefinition.VERSION_CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDefinition.VERSION_REQUIRED)
    public Response patch(@PathParam("id") String id,
                          @Parameter(description = "the ETag last read", example = "\"0\"")
                          @HeaderParam(Versions.IF_MATCH) String ifMatch,
                          @NotNull(message = Bodies.REQUIRED) JsonObject patch) {
        return endpoints.patch(caller.get(), id, ifMatch, patch, TreatmentRequest.class, TreatmentRequest::toDraft);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteTreatment",
            summary = "Delete a treatment", description = "Requires If-Match with the ETag last read.")
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
