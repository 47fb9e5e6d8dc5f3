package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.PageNumber;
import com.laca.adapter.rest.common.PageResponse;
import com.laca.adapter.rest.common.PageSize;
import com.laca.adapter.rest.common.Paging;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.clinic.port.in.TreatmentDescriptionsUseCase;
import com.laca.domain.clinic.DescriptionDraft;
import com.laca.domain.clinic.DescriptionDraftId;
import com.laca.domain.shared.TreatmentId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
 * Lets staff ask for a drafted treatment description, review it and publish it on the menu; drafting never changes
 * the menu, and publishing refuses a draft nobody has reviewed.
 */
@Path("/description-drafts")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treatment descriptions", description = "Drafted treatment descriptions in the clinic's tone, which staff "
        + "review and then publish; marketing text only, never used for a clinical decision.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class DescriptionDraftsResource {

    private static final String KIND = "description draft";

    private CurrentCaller caller;
    private TreatmentDescriptionsUseCase descriptions;

    @Context
    private UriInfo uriInfo;

    /** For CDI's client proxy only. */
    protected DescriptionDraftsResource() {
    }

    @Inject
    public DescriptionDraftsResource(CurrentCaller caller, TreatmentDescriptionsUseCase descriptions) {
        this.caller = caller;
        this.descriptions = descriptions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftTreatmentDescription", summary = "Ask for a drafted treatment description",
            description = "The configured writer (an OpenAI-compatible chat-completions endpoint, or the built-in "
                    + "template when none is configured) drafts a description in the tone given. The draft is kept "
                    + "for review; the menu is unchanged. Needs SETTINGS_MANAGE.")
    @APIResponse(responseCode = "201", description = "Drafted; Location points at the draft",
            content = @Content(schema = @Schema(implementation = DescriptionDraftResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "503", description = "The writing service failed or did not answer in time "
            + "(writing-service-unavailable); nothing was stored, try again or write the description yourself",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response draft(@NotNull(message = Bodies.REQUIRED) @Valid DraftDescriptionRequest request) {
        DescriptionDraft draft = descriptions.draft(caller.get(), request.treatment(), request.tone());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(draft.id().toString()).build())
                .entity(DescriptionDraftResponse.from(draft)).build();
    }

    @GET
    @Operation(operationId = "listTreatmentDescriptionDrafts", summary = "List a treatment's drafted descriptions",
            description = "One page, newest first, with their status (DRAFTED, REVIEWED, PUBLISHED). Needs "
                    + "SETTINGS_VIEW.")
    @APIResponse(responseCode = "200", description = "A page of drafts",
            content = @Content(schema = @Schema(implementation = PageResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_PAGE)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public PageResponse<DescriptionDraftResponse> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), description = "treatment id",
                    required = true, example = "0b6f5c1e-3a5d-4c1e-9f7a-2d9b8e4c6a10")
            @NotNull(message = Fields.REQUIRED) @QueryParam("treatmentId") UUID treatmentId,
            @Parameter(description = "zero-based page", example = "0") @PageNumber @QueryParam("page") Integer page,
            @Parameter(description = "1-100", example = "20") @PageSize @QueryParam("size") Integer size) {
        return PageResponse.from(descriptions.drafts(caller.get(), new TreatmentId(treatmentId),
                Paging.of(page, size)), DescriptionDraftResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTreatmentDescriptionDraft", summary = "Read one drafted description",
            description = "Needs SETTINGS_VIEW.")
    @APIResponse(responseCode = "200", description = "The draft",
            content = @Content(schema = @Schema(implementation = DescriptionDraftResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public DescriptionDraftResponse get(@PathParam("id") String id) {
        return DescriptionDraftResponse.from(descriptions.get(caller.get(), PathIds.parse(id, KIND,
                DescriptionDraftId::new)));
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewTreatmentDescriptionDraft", summary = "Approve a draft's text after reading it",
            description = "Records who reviewed the draft and the text they approve (the draft's wording or their "
                    + "rewrite). Only a reviewed draft can be published. Needs SETTINGS_MANAGE.")
    @APIResponse(responseCode = "200", description = "Reviewed",
            content = @Content(schema = @Schema(implementation = DescriptionDraftResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The draft is already published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DescriptionDraftResponse review(@PathParam("id") String id,
                                           @NotNull(message = Bodies.REQUIRED) @Valid ReviewDescriptionRequest request) {
        return DescriptionDraftResponse.from(descriptions.review(caller.get(),
                PathIds.parse(id, KIND, DescriptionDraftId::new), request.description()));
    }

    @POST
    @Path("{id}/publish")
    @Operation(operationId = "publishTreatmentDescriptionDraft", summary = "Publish a reviewed draft on the menu",
            description = "The reviewed text becomes the treatment's description (its version moves on). A draft "
                    + "nobody has reviewed is refused. Needs SETTINGS_MANAGE.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(schema = @Schema(implementation = DescriptionDraftResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The draft has not been reviewed, or is already published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DescriptionDraftResponse publish(@PathParam("id") String id) {
        return DescriptionDraftResponse.from(descriptions.publish(caller.get(),
                PathIds.parse(id, KIND, DescriptionDraftId::new)));
    }
}
