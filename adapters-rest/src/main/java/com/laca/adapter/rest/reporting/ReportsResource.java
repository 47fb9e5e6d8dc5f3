package com.laca.adapter.rest.reporting;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.reporting.port.in.OwnerDashboardQuery;
import com.laca.domain.identity.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The owner's dashboard figures for the caller's clinic; each figure's definition is in docs/reporting.md.
 */
@Path("/reports")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "The owner's dashboard figures.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not see appointments",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReportsResource {

    @Inject
    CurrentCaller caller;
    @Inject
    OwnerDashboardQuery dashboard;

    @GET
    @Path("/dashboard")
    @RequiresPermission(Permission.APPOINTMENTS_VIEW)
    @Operation(operationId = "getOwnerDashboard", summary = "The owner's dashboard",
            description = "Today's appointments by status, no-show and late-cancellation rates and deposit conversion "
                    + "over 30 and 90 days, booked minutes this week per practitioner and room and, for roles that "
                    + "may see payments, this and last month's takings, refunds, forfeits and the deposits held. "
                    + "Academy figures are absent until the academy reports them.")
    @APIResponse(responseCode = "200", description = "The figures as they stand now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DashboardResponse.class)))
    public DashboardResponse dashboard() {
        return DashboardResponse.from(dashboard.dashboard(caller.get()));
    }
}
