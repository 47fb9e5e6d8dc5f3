package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.academy.port.in.LearnerProfileQuery;
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
 * A trainee's own academy endpoints (STUDENT token): the learner is always the token's subject, never a path or body
 * value, so a trainee can reach nobody else's records.
 */
@Path("/academy/me")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Academy (trainee)", description = "A signed-in trainee's own courses, progress, attempts and "
        + "certificates.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller is not a trainee",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LearnerResource {

    @Inject
    CurrentCaller caller;
    @Inject
    LearnerProfileQuery profile;

    @GET
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "getMyTraineeProfile", summary = "Who I am as a trainee")
    @APIResponse(responseCode = "200", description = "The caller's trainee account",
            content = @Content(schema = @Schema(implementation = TraineeResponse.class)))
    public TraineeResponse me() {
        return TraineeResponse.from(profile.me(caller.get()));
    }
}
