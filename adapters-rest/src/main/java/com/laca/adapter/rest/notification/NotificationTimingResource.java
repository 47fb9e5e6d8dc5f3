package com.laca.adapter.rest.notification;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.notification.port.in.ManageNotificationSettingsUseCase;
import com.laca.domain.identity.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
 * When the clinic's messages go: the undo delay for changes its staff make and its reminder times, which the owner
 * (or a manager) sets; new reminder times apply at once to every reminder still waiting.
 */
@Path("/notifications/timing")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notification settings",
        description = "When the clinic's messages go (undo delay, reminder times) and which treatment names they show.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NotificationTimingResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageNotificationSettingsUseCase settings;

    @GET
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    @Operation(operationId = "getNotificationTiming", summary = "When the clinic's messages go",
            description = "The standard until the clinic chooses: 2 minutes' undo delay, reminders 48 h and 2 h "
                    + "before.")
    @APIResponse(responseCode = "200", description = "The timing",
            content = @Content(schema = @Schema(implementation = NotificationTimingJson.class)))
    public NotificationTimingJson get() {
        return NotificationTimingJson.from(settings.timing(caller.get()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    @Operation(operationId = "putNotificationTiming", summary = "Set when the clinic's messages go",
            description = "clinicChangeDelayMinutes (0-60): how long news of a change staff made (moved, cancelled "
                    + "by the clinic, confirmed by staff) waits, so a change undone at once sends nothing; clients' "
                    + "own changes go at once. reminderMinutesBefore: up to 5 different times, each 10 minutes to "
                    + "14 days, counted on the location's clock (48 h before 10:00 is 10:00 two days earlier); [] "
                    + "for no reminders. Every reminder still waiting is planned again by the new times.")
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(schema = @Schema(implementation = NotificationTimingJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public NotificationTimingJson put(@NotNull(message = Bodies.REQUIRED) @Valid NotificationTimingJson body) {
        return NotificationTimingJson.from(settings.setTiming(caller.get(), body.toTiming()));
    }
}
