package com.laca.adapter.rest.academy;

import static com.laca.adapter.rest.academy.CoursePaths.courseId;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.academy.port.in.LogPracticeUseCase;
import com.laca.domain.identity.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A trainee's own case log (STUDENT token): the trainee is always the token's subject, so nobody logs a case in
 * another trainee's name or reads another trainee's log.
 */
@Path("/academy/me/practice")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Academy (trainee)", description = "A signed-in trainee's own courses, progress, attempts and "
        + "certificates.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller is not a trainee",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LearnerPracticeResource {

    @Inject
    CurrentCaller caller;
    @Inject
    LogPracticeUseCase practice;
    @Context
    UriInfo uriInfo;

    @GET
    @Path("/{courseId}")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "getMyPractice", summary = "My case log, signed-off counts and OSCE stations on a course")
    @APIResponse(responseCode = "200", description = "My practical record",
            content = @Content(schema = @Schema(implementation = PracticalRecordResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public PracticalRecordResponse mine(@PathParam("courseId") String courseId) {
        return PracticalRecordResponse.from(practice.myPractice(caller.get(), courseId(courseId)));
    }

    @POST
    @Path("/{courseId}/cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "logMyCase", summary = "Log a case for my supervisor to sign off",
            description = "Every consent and consultation item of the course must be ticked. The same case again "
                    + "(same patient reference, moment and modality) answers the case already logged.")
    @APIResponse(responseCode = "201", description = "Logged (or already logged), awaiting sign-off",
            content = @Content(schema = @Schema(implementation = CaseLogEntryResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (CHECKLIST_INCOMPLETE with the items, IN_THE_FUTURE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response log(@PathParam("courseId") String courseId,
                        @NotNull(message = Bodies.REQUIRED) @Valid LogCaseRequest request) {
        return AcademyResponses.practice(practice.logCase(caller.get(), request.toCommand(courseId(courseId))),
                Response.Status.CREATED, CaseLogEntryResponse::from, uriInfo);
    }

}
