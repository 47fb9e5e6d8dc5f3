package com.laca.adapter.rest.tenancy;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Versions;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.shared.Caller;
import com.laca.application.tenancy.port.in.ManageBrandingUseCase;
import com.laca.domain.tenancy.Branding;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The clinic's public look and custom booking domain, which its owner or manager sets (BRANDING_MANAGE). */
@Path("/settings/branding")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Branding", description = "How the clinic's public booking page looks, and its own domain.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class BrandingResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageBrandingUseCase branding;

    @GET
    @Operation(operationId = "getBranding", summary = "The clinic's branding",
            description = "The defaults (version 0) until first saved. Needs SETTINGS_VIEW.")
    @APIResponse(responseCode = "200", description = "The branding; ETag carries its version",
            headers = @Header(name = "ETag", description = "the version, e.g. \"1\"",
                    schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = BrandingJson.class)))
    public Response get() {
        return answer(branding.branding(caller.get()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putBranding", summary = "Change the clinic's branding",
            description = "Requires If-Match with the ETag last read (\"0\" before the first save). Needs "
                    + "BRANDING_MANAGE.")
    @APIResponse(responseCode = "200", description = "Saved; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = BrandingJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "409", description = "Another clinic uses that custom domain",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = ApiDefinition.VERSION_CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDefinition.VERSION_REQUIRED)
    public Response put(@Parameter(description = "the ETag last read", example = "\"0\"")
                        @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                     @NotNull(message = Bodies.REQUIRED) @Valid BrandingJson body) {
        Caller who = caller.get();
        long expected = Versions.expected(ifMatch);
        return answer(branding.update(who, body.toBranding(who.tenantId(), expected)));
    }

    private static Response answer(Branding saved) {
        return Response.ok(BrandingJson.from(saved)).header("ETag", Versions.etag(saved.version())).build();
    }
}
