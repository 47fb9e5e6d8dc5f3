package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.academy.port.in.TakeAssessmentUseCase;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.identity.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * A trainee takes assessments (STUDENT token): the paper is drawn and the deadline fixed on the server, answers name
 * the sequence their page was built from, finishing twice grades once, and a summative exam's review never shows the
 * right answers. The learner is always the token's subject.
 */
@Path("/academy/me/assessments")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Academy (trainee)", description = "A signed-in trainee's own courses, progress, attempts and "
        + "certificates.")
public class LearnerAttemptsResource {

    @Inject
    CurrentCaller caller;
    @Inject
    TakeAssessmentUseCase taking;
    @Context
    UriInfo uriInfo;

    @GET
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "listMyAssessments", summary = "The assessments of a course I am enrolled on")
    @APIResponse(responseCode = "200", description = "The assessments",
            content = @Content(schema = @Schema(implementation = AssessmentJson.AssessmentList.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AssessmentJson.AssessmentList list(@QueryParam("courseId") String courseId) {
        if (courseId == null) {
            throw new InvalidInputException("courseId", "is required");
        }
        return new AssessmentJson.AssessmentList(taking.assessmentsOf(caller.get(),
                CoursePaths.courseId(courseId)).stream()
                .map(AssessmentJson.AssessmentResponse::from).toList());
    }

    @POST
    @Path("/{id}/attempts")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "startMyAttempt", summary = "Start an attempt",
            description = "The paper is drawn on the server; the deadline is min(start + time limit, close).")
    @APIResponse(responseCode = "201", description = "Started",
            content = @Content(schema = @Schema(implementation = AssessmentJson.AttemptResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (NOT_OPEN, CLOSED, ATTEMPT_IN_PROGRESS, "
            + "ATTEMPT_LIMIT_REACHED)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = RefusalProblem.class)))
    public Response start(@PathParam("id") String id) {
        Caller who = caller.get();
        return AttemptAnswers.of(taking.start(who, PathIds.parse(id, "assessment", AssessmentId::new)),
                Response.Status.CREATED, attempt -> AssessmentJson.AttemptResponse.from(taking.paper(who,
                        attempt.id())), uriInfo);
    }

    @GET
    @Path("/{id}/attempts")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "listMyAttempts", summary = "My attempts at an assessment")
    @APIResponse(responseCode = "200", description = "The attempts, by number",
            content = @Content(schema = @Schema(implementation = AssessmentJson.AttemptList.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AssessmentJson.AttemptList attempts(@PathParam("id") String id) {
        return new AssessmentJson.AttemptList(taking.myAttempts(caller.get(),
                PathIds.parse(id, "assessment", AssessmentId::new)).stream()
                .map(AssessmentJson.AttemptResponse::from).toList());
    }

    @GET
    @Path("/attempts/{attemptId}")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "getMyAttempt", summary = "My attempt: the paper, my answers and the sequence")
    @APIResponse(responseCode = "200", description = "The attempt",
            content = @Content(schema = @Schema(implementation = AssessmentJson.AttemptResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AssessmentJson.AttemptResponse attempt(@PathParam("attemptId") String attemptId) {
        return AssessmentJson.AttemptResponse.from(taking.paper(caller.get(), attemptId(attemptId)));
    }

    @PUT
    @Path("/attempts/{attemptId}/answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "answerMyAttempt", summary = "Save (or replace) an answer",
            description = "Name the sequence the page was built from; accepted until deadline + grace.")
    @APIResponse(responseCode = "200", description = "Saved; the attempt with its new sequence",
            content = @Content(schema = @Schema(implementation = AssessmentJson.AttemptResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (TIME_UP, STALE_SEQUENCE, ALREADY_FINISHED, "
            + "NOT_ON_PAPER, MALFORMED_RESPONSE)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = RefusalProblem.class)))
    public Response answer(@PathParam("attemptId") String attemptId, @PathParam("questionId") String questionId,
                           @NotNull(message = Bodies.REQUIRED) @Valid AnswerRequest request) {
        Caller who = caller.get();
        AnswerRequest body = request;
        return AttemptAnswers.of(taking.answer(who, attemptId(attemptId), PathIds.parse(questionId, "question",
                        QuestionId::new), body.toResponse(), body.sequence()), Response.Status.OK,
                attempt -> AssessmentJson.AttemptResponse.from(taking.paper(who, attempt.id())), uriInfo);
    }

    @POST
    @Path("/attempts/{attemptId}/finish")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "finishMyAttempt", summary = "Finish and grade my attempt",
            description = "Finishing again answers the attempt as first finished: it is graded once.")
    @APIResponse(responseCode = "200", description = "Finished",
            content = @Content(schema = @Schema(implementation = AssessmentJson.AttemptResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response finish(@PathParam("attemptId") String attemptId) {
        Caller who = caller.get();
        return AttemptAnswers.of(taking.finish(who, attemptId(attemptId)), Response.Status.OK,
                attempt -> AssessmentJson.AttemptResponse.from(taking.paper(who, attempt.id())), uriInfo);
    }

    @GET
    @Path("/attempts/{attemptId}/review")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "reviewMyAttempt", summary = "My result and feedback",
            description = "On a summative exam: score, pass or fail, band feedback and my answers only.")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(schema = @Schema(implementation = AssessmentJson.ReviewResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AssessmentJson.ReviewResponse review(@PathParam("attemptId") String attemptId) {
        return AssessmentJson.ReviewResponse.from(taking.review(caller.get(), attemptId(attemptId)));
    }

    private static AttemptId attemptId(String id) {
        return PathIds.parse(id, "attempt", AttemptId::new);
    }
}
