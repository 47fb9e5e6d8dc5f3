package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.problem.Problem;
import com.laca.application.booking.port.in.BookingTermsQuery;
import com.laca.application.clinic.port.in.PublicTeamQuery;
import com.laca.application.shared.NotFoundException;
import com.laca.application.tenancy.port.in.FindTenantQuery;
import com.laca.application.tenancy.port.in.PublicClinicQuery;
import com.laca.domain.tenancy.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Introduces a clinic to its booking page: branding, locations, practitioners and cancellation terms, taken from the
 * URL's slug only; unknown and suspended clinics look alike (404).
 */
@Path("/public/{tenantSlug}/clinic")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public booking", description = "Availability and self-service booking, no sign-in needed.")
public class PublicClinicResource {

    @Inject
    FindTenantQuery tenants;
    @Inject
    PublicClinicQuery clinics;
    @Inject
    PublicTeamQuery team;
    @Inject
    BookingTermsQuery terms;

    @GET
    @Operation(operationId = "getPublicClinic", summary = "The clinic as its booking page shows it",
            description = "Name, logo, colours and address from the clinic's branding; open locations with their "
                    + "time zones; active practitioners by name; the free-cancellation window.")
    @APIResponse(responseCode = "200", description = "The clinic",
            content = @Content(schema = @Schema(implementation = PublicClinicResponse.class)))
    @APIResponse(responseCode = "404", description = "No trading clinic with that slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicClinicResponse clinic(@Parameter(description = "the clinic's slug", example = "demo-clinic")
                                       @PathParam("tenantSlug") String tenantSlug) {
        Tenant tenant = tenants.findActiveBySlug(tenantSlug)
                .orElseThrow(() -> new NotFoundException("clinic", "with that address"));
        return PublicClinicResponse.from(tenant, clinics.branding(tenant), terms.terms(tenant.id()),
                team.activeLocations(tenant), team.activePractitioners(tenant));
    }
}
