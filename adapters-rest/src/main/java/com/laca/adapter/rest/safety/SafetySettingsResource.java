package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.safety.port.in.SafetySettingsUseCase;
import com.laca.application.shared.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A clinic's safety windows and switches (screening validity, reconfirmation window, consultation validity,
 * reflection periods, licensing enforcement), which every booking gate reads, so a clinic sets its own without a
 * release.
 */
@Path("/clinical/settings")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clinical safety", description = "Prescribers, consultations and the safety gates.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class SafetySettingsResource {

    /** The media type of a JSON Merge Patch (RFC 7396). */
    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    CurrentCaller caller;
    @Inject
    SafetySettingsUseCase settings;

    @GET
    @Operation(operationId = "safetySettings", summary = "The clinic's safety settings",
            description = "Needs settings:view. The defaults (P6M, P7D, P6M, toxin PT0S, licensing off) until the "
                    + "clinic stores its own.")
    @APIResponse(responseCode = "200", description = "The settings in force",
            content = @Content(schema = @Schema(implementation = SafetySettingsJson.class)))
    public SafetySettingsJson get() {
        return SafetySettingsJson.from(settings.settings(caller.get()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SafetySettingsJson.class)))
    @Operation(operationId = "replaceSafetySettings", summary = "Replace the clinic's safety settings",
            description = "Needs settings:manage and clinical:decide (the owner, or a prescriber who also manages settings). Every field must be sent; a missing one is a 400 naming it, never "
                    + "a default. To change some fields, use PATCH.")
    @APIResponse(responseCode = "200", description = "The settings now in force",
            content = @Content(schema = @Schema(implementation = SafetySettingsJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public SafetySettingsJson replace(JsonObject request) {
        Caller who = caller.get();
        return SafetySettingsJson.from(settings.replaceSettings(who, SafetySettingsJson.whole(request)));
    }

    @PATCH
    @Consumes(MERGE_PATCH)
    @RequestBody(required = true, description = "a JSON Merge Patch (RFC 7396): the fields to change",
            content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = SafetySettingsJson.class)))
    @Operation(operationId = "patchSafetySettings", summary = "Change some of the clinic's safety settings",
            description = "Needs settings:manage and clinical:decide. The body (Content-Type: application/merge-patch+json) is merged "
                    + "onto the settings in force; fields left out keep their values.")
    @APIResponse(responseCode = "200", description = "The settings now in force",
            content = @Content(schema = @Schema(implementation = SafetySettingsJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public SafetySettingsJson patch(JsonObject patch) {
        Caller who = caller.get();
        return SafetySettingsJson.from(settings.replaceSettings(who,
                SafetySettingsJson.merged(settings.settings(who), patch)));
    }
}
