package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.safety.port.in.RecordConsultationUseCase;
import com.laca.application.safety.port.in.ScreeningUseCase;
import com.laca.application.shared.Caller;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Prescribers, consultations, screenings and prescriber decisions, the evidence the booking gate reads: a
 * prescription-only medicine is only booked after a face-to-face consultation with a registered prescriber, and a
 * contraindicated client is refused.
 */
@Path("/clinical")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clinical safety", description = "Prescribers, consultations and the safety gates.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
public class ClinicalResource {

    @Inject
    CurrentCaller caller;
    @Inject
    RecordConsultationUseCase consultations;
    @Inject
    ScreeningUseCase screenings;
    @Context
    UriInfo uriInfo;

    @PUT
    @Path("prescribers/{practitionerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPrescriberRegistration",
            summary = "Record a practitioner's prescriber registration",
            description = "GMC, NMC, GPhC or GDC with the register's number; needs settings:manage. The "
                    + "practitioner must also hold the PRESCRIBER qualification to hold consultations.")
    @APIResponse(responseCode = "200", description = "The registration on file",
            content = @Content(schema = @Schema(implementation = RegistrationJson.class)))
    public RegistrationJson register(@PathParam("practitionerId") String practitionerId,
                                     @NotNull(message = Bodies.REQUIRED) @Valid RegistrationJson body) {
        Caller who = caller.get();
        return RegistrationJson.from(consultations.register(who,
                PathIds.parse(practitionerId, "practitioner", PractitionerId::new), body.body(),
                body.requiredNumber()));
    }

    @POST
    @Path("clients/{clientId}/consultations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordConsultation",
            summary = "Record a prescriber consultation",
            description = "Needs clinical:decide. Only a FACE_TO_FACE consultation supports booking toxin; video and "
                    + "phone are recorded but never count.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ConsultationResponse.class)))
    public Response record(@PathParam("clientId") String clientId,
                           @NotNull(message = Bodies.REQUIRED) @Valid ConsultationRequest body) {
        Caller who = caller.get();
        Consultation recorded = consultations.record(who,
                body.toCommand(PathIds.parse(clientId, "client", ClientId::new)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(recorded.id().value().toString()).build())
                .entity(ConsultationResponse.from(recorded)).build();
    }

    @GET
    @Path("clients/{clientId}/consultations")
    @Operation(operationId = "listConsultations",
            summary = "A client's prescriber consultations", description = "Oldest first; needs clinical:read.")
    @APIResponse(responseCode = "200", description = "The consultations",
            content = @Content(schema = @Schema(implementation = ConsultationResponse.class)))
    public List<ConsultationResponse> list(@PathParam("clientId") String clientId) {
        return consultations.consultationsOf(caller.get(), PathIds.parse(clientId, "client", ClientId::new))
                .stream().map(ConsultationResponse::from).toList();
    }

    @POST
    @Path("clients/{clientId}/screenings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordScreeningByStaff",
            summary = "Enter a client's medical questionnaire",
            description = "Needs clinical:read. Answers for one treatment category, checked as on the client's link; "
                    + "the outcome lists each finding's rule, kind and note.")
    @APIResponse(responseCode = "201", description = "Stored; the outcome",
            content = @Content(schema = @Schema(implementation = ScreeningResponse.class)))
    public Response screen(@PathParam("clientId") String clientId,
                           @NotNull(message = Bodies.REQUIRED) @Valid ScreeningRequest body) {
        Caller who = caller.get();
        ScreeningResponse response = ScreeningResults.recordedOrThrow(screenings.submitByStaff(who,
                PathIds.parse(clientId, "client", ClientId::new),
                Fields.enumValue(TreatmentCategory.class, body.category(), "category"), body.toCommand()),
                ScreeningResponse::forStaff);
        return Response.status(Response.Status.CREATED).entity(response).build();
    }

    @POST
    @Path("screenings/{screeningId}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decidePrescriberReview",
            summary = "Decide a prescriber review",
            description = "Needs clinical:decide, and the prescriber named must be registered. Only a "
                    + "PRESCRIBER_REVIEW finding can be decided; a BLOCK never can.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = DecisionResponse.class)))
    public Response decide(@PathParam("screeningId") String screeningId,
                           @NotNull(message = Bodies.REQUIRED) @Valid DecisionRequest body) {
        Caller who = caller.get();
        PrescriberDecision decision = screenings.decide(who,
                body.toCommand(PathIds.parse(screeningId, "screening", ScreeningId::new)));
        return Response.status(Response.Status.CREATED).entity(DecisionResponse.from(decision)).build();
    }
}
