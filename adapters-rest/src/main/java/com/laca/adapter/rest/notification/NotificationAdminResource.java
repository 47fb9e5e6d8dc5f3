package com.laca.adapter.rest.notification;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.ListLimit;
import com.laca.adapter.rest.common.Paging;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.notification.port.in.ManageOutboxUseCase;
import com.laca.domain.identity.Permission;
import com.laca.domain.shared.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform administrator's outbox viewer for one clinic: how a new clinic's owner invitation is read on the
 * embedded default, where no e-mail leaves the server and nobody in the clinic can sign in yet.
 */
@Path("/admin/notifications")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications (platform admin)", description = "A clinic's sent e-mails, for the operator.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "Only the platform administrator may do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NotificationAdminResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageOutboxUseCase outbox;

    @GET
    @Path("/{tenantId}/outbox")
    @RequiresPermission(Permission.TENANTS_MANAGE)
    @Operation(operationId = "listClinicSentEmails", summary = "List the e-mails a clinic sent (outbox viewer)")
    @APIResponse(responseCode = "200", description = "Sent e-mails, newest first", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = SentEmailResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public List<SentEmailResponse> sent(@PathParam("tenantId") String tenantId,
                                        @ListLimit @QueryParam("limit") Integer limit) {
        TenantId tenant = PathIds.parse(tenantId, "tenant", TenantId::new);
        return outbox.sentEmailsOf(caller.get(), tenant, Paging.limit(limit)).stream()
                .map(SentEmailResponse::from).toList();
    }
}
