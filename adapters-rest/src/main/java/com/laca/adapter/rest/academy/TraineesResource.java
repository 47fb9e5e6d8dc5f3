package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.identity.InvitationResponse;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.academy.port.in.ManageTraineesUseCase;
import com.laca.domain.identity.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lets academy staff (owner, manager, instructor) create and list trainee accounts; a trainee then signs in at
 * POST /api/auth/login with a STUDENT token of their own.
 */
@Path("/academy/trainees")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Academy", description = "Courses, trainees, enrolments, assessments and certificates.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not manage trainees",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TraineesResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageTraineesUseCase trainees;

    @GET
    @RequiresPermission(Permission.ENROLMENTS_MANAGE)
    @Operation(operationId = "listTrainees", summary = "List the academy's trainees")
    @APIResponse(responseCode = "200", description = "Every trainee account of the caller's clinic",
            content = @Content(schema = @Schema(implementation = TraineeResponse.TraineeList.class)))
    public TraineeResponse.TraineeList list() {
        return new TraineeResponse.TraineeList(trainees.list(caller.get()).stream().map(TraineeResponse::from)
                .toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ENROLMENTS_MANAGE)
    @Operation(operationId = "inviteTrainee", summary = "Invite a trainee", description = "Creates a STUDENT account "
            + "without a password and returns a one-time token with which the trainee sets one.")
    @APIResponse(responseCode = "201", description = "Invited",
            content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid e-mail or name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The e-mail is already in use in this clinic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(@Valid InviteTraineeRequest request) {
        InvitationResponse invitation = InvitationResponse.from(
                trainees.invite(caller.get(), request.toCommand()));
        return Response.status(Response.Status.CREATED).entity(invitation).build();
    }
}
