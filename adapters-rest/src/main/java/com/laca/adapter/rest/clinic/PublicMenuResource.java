package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Compressed;
import com.laca.adapter.rest.common.PublicReads;
import com.laca.adapter.rest.problem.Problem;
import com.laca.application.clinic.port.in.PublicMenuQuery;
import com.laca.application.shared.NotFoundException;
import com.laca.application.tenancy.port.in.FindTenantQuery;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.tenancy.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves a clinic's active menu to anyone, taking the tenant only from the URL's slug; unknown and suspended
 * clinics look alike (404) so the endpoint reveals nothing about which slugs exist.
 */
@Path("/public/{tenantSlug}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "What anyone may read without signing in.")
public class PublicMenuResource {

    @Inject
    FindTenantQuery tenants;
    @Inject
    PublicMenuQuery menu;
    @Context
    Request request;

    /** How long browsers and caches may keep the menu, in seconds. */
    static final int MAX_AGE_SECONDS = 60;

    @GET
    @Path("/treatments")
    @Compressed
    @Operation(operationId = "getPublicMenu",
            summary = "The clinic's treatment menu", description = "Active treatments only, by category and name.")
    @APIResponse(responseCode = "200", description = "The menu; cacheable for 60 s",
            headers = {@Header(name = "ETag", ref = ApiDefinition.ETAG),
                    @Header(name = "Cache-Control", ref = ApiDefinition.CACHE_CONTROL)},
            content = @Content(schema = @Schema(implementation = PublicMenuResponse.class)))
    @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
    @APIResponse(responseCode = "404", description = "No trading clinic with that slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response treatments(
            @Parameter(description = "the clinic's slug", example = "demo-clinic")
            @PathParam("tenantSlug") String tenantSlug) {
        Tenant tenant = tenants.findActiveBySlug(tenantSlug)
                .orElseThrow(() -> new NotFoundException("clinic", "with that address"));
        return PublicReads.cacheable(request, new PublicMenuResponse(tenant.slug().value(), tenant.name(),
                menu.activeTreatments(tenant).stream()
                        .filter(Treatment::active)
                        .sorted(Comparator.comparing(Treatment::category).thenComparing(Treatment::name))
                        .map(MenuItemResponse::from)
                        .toList()), MAX_AGE_SECONDS);
    }
}
