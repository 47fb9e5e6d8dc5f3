package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.booking.PublicClinicSlugs;
import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PathIds;
import com.laca.application.safety.port.in.ScreeningUseCase;
import com.laca.domain.shared.TenantId;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The medical questionnaire for clients, no sign-in: the questions for a treatment, and answering them through the
 * booking's private manage token, with the outcome in the rules' plain words (never the clinical notes).
 */
@Path("/public/{tenantSlug}/screening")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public booking", description = "Availability and self-service booking, no sign-in needed.")
@APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
public class PublicScreeningResource {

    @Inject
    PublicClinicSlugs clinics;
    @Inject
    ScreeningUseCase screening;

    @GET
    @Path("questionnaire/{treatmentId}")
    @Operation(operationId = "getQuestionnaire",
            summary = "The medical questionnaire for a treatment",
            description = "Empty questions for a treatment that needs none; send the version back with the answers.")
    @APIResponse(responseCode = "200", description = "The questions",
            content = @Content(schema = @Schema(implementation = QuestionnaireResponse.class)))
    public QuestionnaireResponse questionnaire(@PathParam("tenantSlug") String tenantSlug,
                                               @PathParam("treatmentId") String treatmentId) {
        TenantId tenant = clinics.tenantOf(tenantSlug);
        return QuestionnaireResponse.from(screening.questionnaire(tenant,
                PathIds.parse(treatmentId, "treatment", TreatmentId::new)));
    }

    @POST
    @Path("{manageToken}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerQuestionnaire",
            summary = "Answer the medical questionnaire for my booking",
            description = "Answers for the booking's treatment; refused answers (wrong version, unknown question, "
                    + "malformed or missing answer) are a 400 naming each question, and nothing is stored.")
    @APIResponse(responseCode = "201", description = "Stored; the outcome in plain words",
            content = @Content(schema = @Schema(implementation = ScreeningResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public Response answer(@PathParam("tenantSlug") String tenantSlug, @PathParam("manageToken") String manageToken,
                           @NotNull(message = Bodies.REQUIRED) @Valid ScreeningRequest body) {
        TenantId tenant = clinics.tenantOf(tenantSlug);
        ScreeningResponse response = ScreeningResults.recordedOrThrow(
                screening.submitForBooking(tenant, manageToken, body.toCommand()), ScreeningResponse::forClient);
        return Response.status(Response.Status.CREATED).entity(response).build();
    }
}
