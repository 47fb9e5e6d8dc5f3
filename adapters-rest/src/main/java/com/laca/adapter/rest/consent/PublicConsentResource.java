package com.laca.adapter.rest.consent;

import com.laca.adapter.rest.booking.PublicClinicSlugs;
import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.application.consent.port.in.ConsentUseCase;
import com.laca.domain.shared.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The client's consent before the visit, no sign-in: read the form for the booking and sign it through the booking's
 * private manage token (the pre-visit link); the signature is kept with the time, network address, browser and the
 * form's version, and the signed form is archived as a PDF.
 */
@Path("/public/{tenantSlug}/consent/{manageToken}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public booking", description = "Availability and self-service booking, no sign-in needed.")
@APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
public class PublicConsentResource {

    @Inject
    PublicClinicSlugs clinics;
    @Inject
    ConsentUseCase consents;
    @Context
    HttpServletRequest servletRequest;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "getMyConsent", summary = "The consent form for my booking",
            description = "The form in effect, filled in with the booking's details; the first read records that "
                    + "the information was given. 409 when the clinic's form is incomplete or none is in effect.")
    @APIResponse(responseCode = "200", description = "The form and where it stands",
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "409", ref = ApiDefinition.TRANSITION_REFUSED)
    public ConsentResponse read(@PathParam("tenantSlug") String tenantSlug,
                                @PathParam("manageToken") String manageToken) {
        TenantId tenant = clinics.tenantOf(tenantSlug);
        return ConsentResponse.forClient(consents.forBooking(tenant, manageToken));
    }

    @POST
    @Path("signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signMyConsent", summary = "Sign the consent form for my booking",
            description = "Typed name, drawn signature (PNG, base64, at most 200 KiB) and the two separate photograph "
                    + "answers, for the version read. A wrong version, an oversized image, something that is not a "
                    + "PNG, a blank name or an unanswered photograph question is a 400 naming the reason; nothing is "
                    + "stored.")
    @APIResponse(responseCode = "201", description = "Signed and archived",
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "409", ref = ApiDefinition.TRANSITION_REFUSED)
    public Response sign(@PathParam("tenantSlug") String tenantSlug, @PathParam("manageToken") String manageToken,
                         @NotNull(message = Bodies.REQUIRED) @Valid SignRequest request) {
        SignRequest body = request;
        TenantId tenant = clinics.tenantOf(tenantSlug);
        String address = servletRequest == null || servletRequest.getRemoteAddr() == null
                ? "unknown" : servletRequest.getRemoteAddr();
        String userAgent = headers == null ? null : headers.getHeaderString(HttpHeaders.USER_AGENT);
        return Response.status(Response.Status.CREATED).entity(ConsentResponse.forClient(
                consents.sign(tenant, manageToken, body.toCommand(address, userAgent)))).build();
    }
}
