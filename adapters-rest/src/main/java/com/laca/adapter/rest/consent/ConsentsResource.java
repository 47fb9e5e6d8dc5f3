package com.laca.adapter.rest.consent;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.consent.port.in.ConsentUseCase;
import com.laca.application.consent.port.in.DocumentContent;
import com.laca.application.consent.port.in.DocumentVerification;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.PractitionerId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An appointment's consent for staff: where it stands, the countersignature, the archived PDF and its verification
 * (the SHA-256 recomputed from the stored bytes against the one recorded). Needs consent:manage.
 */
@Path("/consents/{appointmentId}")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent", description = "Consent forms, signatures, archived documents and the clinical audit log.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
public class ConsentsResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ConsentUseCase consents;

    @GET
    @Operation(operationId = "getAppointmentConsent", summary = "An appointment's consent",
            description = "The merged form, the signature's evidence (time, address, browser, version), the "
                    + "countersignature and the archived document's SHA-256; 404 when the client has not opened it.")
    @APIResponse(responseCode = "200", description = "The consent",
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    public ConsentResponse get(@PathParam("appointmentId") String appointmentId) {
        return ConsentResponse.forStaff(consents.status(caller.get(), id(appointmentId)));
    }

    @POST
    @Path("countersignature")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "countersignConsent", summary = "Countersign a signed consent",
            description = "By the practitioner who will treat, or a registered prescriber as their supervisor; "
                    + "after the client signed.")
    @APIResponse(responseCode = "200", description = "Countersigned",
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiDefinition.TRANSITION_REFUSED)
    public ConsentResponse countersign(@PathParam("appointmentId") String appointmentId,
                                       @NotNull(message = Bodies.REQUIRED) @Valid CountersignRequest request) {
        CountersignRequest body = request;
        return ConsentResponse.forStaff(consents.countersign(caller.get(), id(appointmentId),
                new PractitionerId(Fields.uuid(body.practitioner(), "practitioner"))));
    }

    @GET
    @Path("document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getConsentDocument", summary = "The archived consent PDF",
            description = "The exact bytes stored when the client signed (PDF/A-2b).")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    public Response document(@PathParam("appointmentId") String appointmentId) {
        DocumentContent content = consents.document(caller.get(), id(appointmentId));
        return Response.ok(content.content(), content.mediaType())
                .header("Content-Disposition", "attachment; filename=\"consent-" + appointmentId + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("verification")
    @Operation(operationId = "verifyConsentDocument", summary = "Check the archived PDF is unaltered",
            description = "Recomputes the SHA-256 of the stored bytes: INTACT when it is the one recorded at "
                    + "signing, ALTERED otherwise.")
    @APIResponse(responseCode = "200", description = "The verdict",
            content = @Content(schema = @Schema(implementation = VerificationResponse.class)))
    public VerificationResponse verify(@PathParam("appointmentId") String appointmentId) {
        DocumentVerification verification = consents.verify(caller.get(), id(appointmentId));
        return new VerificationResponse(verification.integrity().name(), verification.stored().hex(),
                verification.actual().hex());
    }

    private static AppointmentId id(String text) {
        return PathIds.parse(text, "appointment", AppointmentId::new);
    }

    /** Who countersigns. */
    @Schema(name = "CountersignRequest", requiredProperties = "practitioner")
    public record CountersignRequest(String practitioner) {
    }

    /** A document check's verdict with both digests. */
    @Schema(name = "ConsentDocumentVerification")
    public record VerificationResponse(String integrity, String storedSha256, String actualSha256) {
    }
}
