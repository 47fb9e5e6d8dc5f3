package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.safety.port.in.RecordConsultationUseCase;
import com.laca.application.safety.port.in.SafetyEvidenceUseCase;
import com.laca.application.safety.port.in.SafetySettingsUseCase;
import com.laca.application.safety.port.in.ScreeningUseCase;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
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
    @Inject
    SafetyEvidenceUseCase evidence;
    @Inject
    SafetySettingsUseCase settings;
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

    @POST
    @Path("clients/{clientId}/id-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordIdCheck",
            summary = "Record the proof of age seen",
            description = "Needs clinical:read. Evidence of reasonable steps to establish age for toxin and filler: "
                    + "the document type and the date of birth it shows; who and when are the caller and the "
                    + "server's clock.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = IdCheckResponse.class)))
    public Response recordIdCheck(@PathParam("clientId") String clientId, @NotNull(message = Bodies.REQUIRED) @Valid IdCheckRequest body) {
        Caller who = caller.get();
        IdCheckResponse recorded = IdCheckResponse.from(evidence.recordIdCheck(who,
                body.toCommand(PathIds.parse(clientId, "client", ClientId::new))));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @POST
    @Path("clients/{clientId}/directions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordDoctorsDirection",
            summary = "Record a doctor's direction for an under-18 client",
            description = "Needs clinical:decide. The only lawful exception to the under-18 gate (England: toxin "
                    + "only, for a medical need), by a prescriber registered with the GMC, with a reason. It lets "
                    + "staff book the treatment; public booking stays refused.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = DirectionResponse.class)))
    public Response recordDirection(@PathParam("clientId") String clientId, @NotNull(message = Bodies.REQUIRED) @Valid DirectionRequest body) {
        Caller who = caller.get();
        DirectionResponse recorded = DirectionResponse.from(evidence.recordDirection(who,
                body.toCommand(PathIds.parse(clientId, "client", ClientId::new))));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @POST
    @Path("clients/{clientId}/prescriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPrescription",
            summary = "Record a prescription",
            description = "Needs clinical:decide. Links one of the client's face-to-face consultations, its "
                    + "prescriber and the client; a video or phone consultation is refused (400).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = PrescriptionResponse.class)))
    public Response recordPrescription(@PathParam("clientId") String clientId, @NotNull(message = Bodies.REQUIRED) @Valid PrescriptionRequest body) {
        Caller who = caller.get();
        Prescription recorded = consultations.prescribe(who,
                body.toCommand(PathIds.parse(clientId, "client", ClientId::new)));
        return Response.status(Response.Status.CREATED).entity(PrescriptionResponse.from(recorded)).build();
    }

    @GET
    @Path("clients/{clientId}/safety")
    @Operation(operationId = "clientSafetyView",
            summary = "A client's legal evidence on file",
            description = "Needs clinical:read. ID checks, doctor's directions, prescriber consultations and "
                    + "prescriptions, each oldest first.")
    @APIResponse(responseCode = "200", description = "The evidence",
            content = @Content(schema = @Schema(implementation = ClientSafetyResponse.class)))
    public ClientSafetyResponse safetyView(@PathParam("clientId") String clientId) {
        return ClientSafetyResponse.from(evidence.safetyView(caller.get(),
                PathIds.parse(clientId, "client", ClientId::new)));
    }

    @PUT
    @Path("practitioners/{practitionerId}/licence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPractitionerLicence",
            summary = "Record a practitioner's cosmetic-procedures licence",
            description = "Needs settings:manage. Replaces the one on file (Health and Care Act 2022 licensing).")
    @APIResponse(responseCode = "200", description = "The licence on file",
            content = @Content(schema = @Schema(implementation = LicenceJson.class)))
    public LicenceJson recordPractitionerLicence(@PathParam("practitionerId") String practitionerId,
                                                 @NotNull(message = Bodies.REQUIRED) @Valid LicenceJson body) {
        Caller who = caller.get();
        return LicenceJson.from(settings.recordPractitionerLicence(who,
                PathIds.parse(practitionerId, "practitioner", PractitionerId::new), body.toDomain()));
    }

    @GET
    @Path("practitioners/{practitionerId}/licence")
    @Operation(operationId = "practitionerLicence", summary = "A practitioner's licence",
            description = "Needs settings:view; 404 when none is on file.")
    @APIResponse(responseCode = "200", description = "The licence on file",
            content = @Content(schema = @Schema(implementation = LicenceJson.class)))
    public LicenceJson practitionerLicence(@PathParam("practitionerId") String practitionerId) {
        PractitionerId id = PathIds.parse(practitionerId, "practitioner", PractitionerId::new);
        return settings.practitionerLicence(caller.get(), id).map(LicenceJson::from)
                .orElseThrow(() -> new NotFoundException("licence", id));
    }

    @PUT
    @Path("locations/{locationId}/licence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPremisesLicence",
            summary = "Record a location's premises licence",
            description = "Needs settings:manage. Replaces the one on file (Health and Care Act 2022 licensing).")
    @APIResponse(responseCode = "200", description = "The licence on file",
            content = @Content(schema = @Schema(implementation = LicenceJson.class)))
    public LicenceJson recordPremisesLicence(@PathParam("locationId") String locationId, @NotNull(message = Bodies.REQUIRED) @Valid LicenceJson body) {
        Caller who = caller.get();
        return LicenceJson.from(settings.recordPremisesLicence(who,
                PathIds.parse(locationId, "location", LocationId::new), body.toDomain()));
    }

    @GET
    @Path("locations/{locationId}/licence")
    @Operation(operationId = "premisesLicence", summary = "A location's premises licence",
            description = "Needs settings:view; 404 when none is on file.")
    @APIResponse(responseCode = "200", description = "The licence on file",
            content = @Content(schema = @Schema(implementation = LicenceJson.class)))
    public LicenceJson premisesLicence(@PathParam("locationId") String locationId) {
        LocationId id = PathIds.parse(locationId, "location", LocationId::new);
        return settings.premisesLicence(caller.get(), id).map(LicenceJson::from)
                .orElseThrow(() -> new NotFoundException("licence", id));
    }
}
