package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Versions;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.safety.port.in.SafetySettingsUseCase;
import com.laca.application.safety.port.in.VersionedSafetySettings;
import com.laca.application.shared.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
            description = "Needs settings:view. The defaults (P6M, P7D, P6M, toxin PT0S, licensing off; version 0) "
                    + "until the clinic stores its own. The ETag carries the version a change must name in If-Match.")
    @APIResponse(responseCode = "200", description = "The settings in force; ETag carries their version",
            headers = @Header(name = "ETag", description = "the version, e.g. \"1\"",
                    schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SafetySettingsJson.class)))
    public Response get() {
        return answer(settings.settings(caller.get()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SafetySettingsJson.class)))
    @Operation(operationId = "replaceSafetySettings", summary = "Replace the clinic's safety settings",
            description = "Needs settings:manage and clinical:decide (the owner, or a prescriber who also manages "
                    + "settings). Requires If-Match with the ETag last read (\"0\" while the defaults are in force): "
                    + "428 without it, 412 when someone saved the settings since. Every field must be sent; a "
                    + "missing one is a 400 naming it, never a default. To change some fields, use PATCH.")
    @APIResponse(responseCode = "200", description = "The settings now in force; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = SafetySettingsJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.VERSION_CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDefinition.VERSION_REQUIRED)
    public Response replace(@Parameter(description = "the ETag last read", example = "\"0\"")
                            @HeaderParam(Versions.IF_MATCH) String ifMatch, JsonObject request) {
        Caller who = caller.get();
        long expected = Versions.expected(ifMatch);
        return answer(settings.replaceSettings(who, SafetySettingsJson.whole(request), expected));
    }

    @PATCH
    @Consumes(MERGE_PATCH)
    @RequestBody(required = true, description = "a JSON Merge Patch (RFC 7396): the fields to change",
            content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = SafetySettingsJson.class)))
    @Operation(operationId = "patchSafetySettings", summary = "Change some of the clinic's safety settings",
            description = "Needs settings:manage and clinical:decide. The body (Content-Type: "
                    + "application/merge-patch+json) is merged onto the settings in force; fields left out keep "
                    + "their values. With If-Match, the patch applies only to that version (412 otherwise); without "
                    + "it, to the version read in this request (412 if another change lands in between).")
    @APIResponse(responseCode = "200", description = "The settings now in force; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = SafetySettingsJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.VERSION_CONFLICT)
    public Response patch(@Parameter(description = "optional: the ETag last read", example = "\"1\"")
                          @HeaderParam(Versions.IF_MATCH) String ifMatch, JsonObject patch) {
        Caller who = caller.get();
        VersionedSafetySettings current = settings.settings(who);
        long expected = ifMatch == null || ifMatch.isBlank() ? current.version() : Versions.expected(ifMatch);
        return answer(settings.replaceSettings(who, SafetySettingsJson.merged(current.settings(), patch), expected));
    }

    private static Response answer(VersionedSafetySettings saved) {
        return Response.ok(SafetySettingsJson.from(saved.settings())).header("ETag", Versions.etag(saved.version()))
                .build();
    }
}
