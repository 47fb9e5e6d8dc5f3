package com.laca.adapter.rest.notification;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.notification.port.in.ManageNotificationSettingsUseCase;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.identity.Permission;
import com.laca.domain.notification.TreatmentNaming;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
 * The clinic's notification choices: which treatment names its texts and e-mail subjects (seen on a locked phone)
 * may show; screening words stay forbidden whatever it chooses.
 */
@Path("/notifications/settings")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notification settings",
        description = "When the clinic's messages go (undo delay, reminder times) and which treatment names they show.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NotificationSettingsResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageNotificationSettingsUseCase settings;

    @GET
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    @Operation(operationId = "getNotificationSettings", summary = "The clinic's notification choices")
    @APIResponse(responseCode = "200", description = "The choices",
            content = @Content(schema = @Schema(implementation = NotificationSettingsJson.class)))
    public NotificationSettingsJson get() {
        return new NotificationSettingsJson(settings.treatmentNaming(caller.get()).name());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    @Operation(operationId = "putNotificationSettings", summary = "Store the clinic's notification choices",
            description = "smsTreatmentNames: HIDE_INJECTABLES (the standard), HIDE_ALL (no treatment named in any "
                    + "text or e-mail subject) or NAME_ALL (injectables may be named too).")
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(schema = @Schema(implementation = NotificationSettingsJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public NotificationSettingsJson put(NotificationSettingsJson body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON request body is required");
        }
        TreatmentNaming naming = Fields.enumValue(TreatmentNaming.class,
                Fields.required(body.smsTreatmentNames(), "smsTreatmentNames"), "smsTreatmentNames");
        settings.setTreatmentNaming(caller.get(), naming);
        return new NotificationSettingsJson(naming.name());
    }

    /** The clinic's notification choices as JSON. */
    @Schema(name = "NotificationSettings", requiredProperties = {"smsTreatmentNames"})
    public record NotificationSettingsJson(
            @Schema(example = "HIDE_INJECTABLES", enumeration = {"HIDE_INJECTABLES", "HIDE_ALL", "NAME_ALL"})
            String smsTreatmentNames) {
    }
}
