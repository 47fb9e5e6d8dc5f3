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
import com.laca.domain.notification.NotificationId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The clinic's outbox for its staff: the outbox viewer, where the embedded default (no SMTP server) shows every e-mail
 * it sent with its body, invitations and confirmations included; and the dead letters, which an owner or manager may
 * send again.
 */
@Path("/notifications")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The outbox viewer and dead letters of the clinic's messages.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NotificationsResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageOutboxUseCase outbox;

    @GET
    @Path("/outbox")
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(operationId = "listSentEmails", summary = "List the e-mails the clinic sent (the outbox viewer)",
            description = "Newest first. Without an SMTP server the bodies are kept and shown: this is how to read "
                    + "invitations, password resets and booking confirmations on the embedded default.")
    @APIResponse(responseCode = "200", description = "Sent e-mails", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = SentEmailResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public List<SentEmailResponse> sent(@ListLimit @QueryParam("limit") Integer limit) {
        return outbox.sentEmails(caller.get(), Paging.limit(limit)).stream()
                .map(SentEmailResponse::from).toList();
    }

    @GET
    @Path("/dead-letters")
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    @Operation(operationId = "listNotificationDeadLetters", summary = "List messages the outbox gave up on")
    @APIResponse(responseCode = "200", description = "Dead letters, newest first", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = DeadLetterMessageResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public List<DeadLetterMessageResponse> deadLetters(@ListLimit @QueryParam("limit") Integer limit) {
        return outbox.deadLetters(caller.get(), Paging.limit(limit)).stream()
                .map(DeadLetterMessageResponse::from).toList();
    }

    @POST
    @Path("/dead-letters/{id}/replay")
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    @Operation(operationId = "replayNotificationDeadLetter", summary = "Send a dead message again",
            description = "Due at once, attempts counted from zero.")
    @APIResponse(responseCode = "200", description = "Queued again")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The message is not dead, or its one-time link was erased",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, String> replay(@PathParam("id") String id) {
        NotificationId message = PathIds.parse(id, "message", NotificationId::new);
        outbox.replay(caller.get(), message);
        return Map.of("id", message.toString(), "state", "PENDING");
    }
}
