package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.problem.Problem;
import com.laca.application.academy.port.in.CertificateCredentialsQuery;
import com.laca.application.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Publishes the clinic's own academy issuer keys as a JSON Web Key Set, so anyone holding one of its Open Badges
 * credentials can verify the signature without signing in or trusting the page that showed it.
 */
@Path("/public/{tenantSlug}/academy/keys")
@RequestScoped
@Tag(name = "Public", description = "What anyone may read without signing in.")
public class PublicAcademyKeysResource {

    @Inject
    CertificateCredentialsQuery credentials;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "academyIssuerKeys", summary = "The academy's credential signing keys (JWKS)",
            description = "This clinic's own public RSA keys (RS256; no other clinic's, not the token key), each named "
                    + "by the kid in a credential's JWT header; the key is made on the clinic's first signature, so the "
                    + "set is empty until then.")
    @APIResponse(responseCode = "200", description = "The key set",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No such clinic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response keys(@Parameter(description = "the clinic's slug", example = "demo-clinic")
                         @PathParam("tenantSlug") String slug) {
        Map<String, Object> keys = credentials.issuerKeys(slug)
                .orElseThrow(() -> new NotFoundException("academy", slug));
        // an empty set (no key made yet) is not kept, so a cache never hides the key the clinic's first signature makes
        boolean none = keys.get("keys") instanceof List<?> list && list.isEmpty();
        return Response.ok(keys).header("Cache-Control", none ? "no-cache" : "public, max-age=3600").build();
    }
}
