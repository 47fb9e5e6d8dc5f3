package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.academy.port.in.GradeAssessmentsUseCase;
import com.laca.application.academy.port.in.OverrideAttemptsUseCase;
import com.laca.application.academy.port.in.ManageAssessmentsUseCase;
import com.laca.application.academy.port.in.RegradeCommand;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.certificate.RegradeAction;
import com.laca.domain.academy.grading.PassMark;
import com.laca.domain.identity.Permission;
import com.laca.domain.shared.UserId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Academy staff's assessments: create them for a course, see attempts, mark essays from the queue, and regrade: a dry
 * run first (who changes grade, who gains or loses the pass, what happens to enrolments and certificates), then
 * applied with the dry run's fingerprint, so what is applied is what was reviewed.
 */
@Path("/academy/assessments")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Academy", description = "Courses, trainees, enrolments, assessments and certificates.")
public class AssessmentsResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageAssessmentsUseCase assessments;
    @Inject
    GradeAssessmentsUseCase grading;
    @Inject
    OverrideAttemptsUseCase overrides;
    @Context
    UriInfo uriInfo;

    @GET
    @RequiresPermission(Permission.COURSES_VIEW)
    @Operation(operationId = "listAssessments", summary = "The assessments of a course")
    @APIResponse(responseCode = "200", description = "The course's assessments",
            content = @Content(schema = @Schema(implementation = AssessmentJson.AssessmentList.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public AssessmentJson.AssessmentList list(@QueryParam("courseId") String courseId) {
        if (courseId == null) {
            throw new InvalidInputException("courseId", "is required");
        }
        return new AssessmentJson.AssessmentList(assessments.assessments(caller.get(),
                CoursePaths.courseId(courseId)).stream()
                .map(AssessmentJson.AssessmentResponse::from).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.COURSES_MANAGE)
    @Operation(operationId = "createAssessment", summary = "Create an assessment of a course",
            description = "Make a course version require its pass with theoryAssessmentId when publishing it.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AssessmentJson.AssessmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response create(@NotNull(message = Bodies.REQUIRED) @Valid AssessmentRequest request) {
        return Response.status(Response.Status.CREATED).entity(AssessmentJson.AssessmentResponse.from(
                assessments.createAssessment(caller.get(), request.toDraft()))).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.COURSES_VIEW)
    @Operation(operationId = "getAssessment", summary = "An assessment")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentJson.AssessmentResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AssessmentJson.AssessmentResponse get(@PathParam("id") String id) {
        return AssessmentJson.AssessmentResponse.from(assessments.assessment(caller.get(), assessmentId(id)));
    }

    @GET
    @Path("/{id}/attempts")
    @RequiresPermission(Permission.ASSESSMENTS_GRADE)
    @Operation(operationId = "listAssessmentAttempts", summary = "Every attempt at an assessment, with grades")
    @APIResponse(responseCode = "200", description = "The attempts",
            content = @Content(schema = @Schema(implementation = AssessmentJson.StaffAttemptList.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AssessmentJson.StaffAttemptList attempts(@PathParam("id") String id) {
        return new AssessmentJson.StaffAttemptList(grading.attempts(caller.get(), assessmentId(id)).stream()
                .map(AssessmentJson.StaffAttemptResponse::from).toList());
    }

    @GET
    @Path("/{id}/grading-queue")
    @RequiresPermission(Permission.ASSESSMENTS_GRADE)
    @Operation(operationId = "getEssayGradingQueue", summary = "Essays waiting for an instructor, oldest first")
    @APIResponse(responseCode = "200", description = "The queue",
            content = @Content(schema = @Schema(implementation = AssessmentJson.EssayQueue.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AssessmentJson.EssayQueue queue(@PathParam("id") String id) {
        return new AssessmentJson.EssayQueue(grading.gradingQueue(caller.get(), assessmentId(id)).stream()
                .map(AssessmentJson.EssayResponse::from).toList());
    }

    @POST
    @Path("/{id}/regrade/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ASSESSMENTS_GRADE)
    @Operation(operationId = "dryRunRegrade", summary = "What a regrade would change; saves nothing",
            description = "Name the questions whose latest version is the correction, and optionally a new pass "
                    + "mark. The answer's fingerprint applies exactly this plan.")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = AssessmentJson.RegradeResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AssessmentJson.RegradeResponse dryRun(@PathParam("id") String id, @NotNull(message = Bodies.REQUIRED) @Valid RegradeRequest request) {
        return AssessmentJson.RegradeResponse.from(grading.regradeDryRun(caller.get(), assessmentId(id),
                request.toCommand()));
    }

    @POST
    @Path("/{id}/regrade")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.REGRADE_APPLY)
    @Operation(operationId = "applyRegrade", summary = "Apply a reviewed regrade",
            description = "With the dry run's fingerprint; attempts are saved, learners who lose the pass have "
                    + "their enrolment reopened and certificate suspended (or revoked), an audit entry is kept.")
    @APIResponse(responseCode = "200", description = "Applied",
            content = @Content(schema = @Schema(implementation = AssessmentJson.RegradeResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The plan changed since the dry run",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentJson.RegradeResponse apply(@PathParam("id") String id, @NotNull(message = Bodies.REQUIRED) @Valid RegradeRequest request) {
        RegradeRequest body = request;
        if (body.fingerprint() == null || body.fingerprint().isBlank()) {
            throw new InvalidInputException("fingerprint", "is required: run the dry run first");
        }
        return AssessmentJson.RegradeResponse.from(grading.applyRegrade(caller.get(), assessmentId(id),
                body.toCommand(), body.fingerprint()));
    }

    @GET
    @Path("/{id}/regrades")
    @RequiresPermission(Permission.ASSESSMENTS_GRADE)
    @Operation(operationId = "listRegradeAudits", summary = "The applied regrades of an assessment")
    @APIResponse(responseCode = "200", description = "Audit entries, oldest first",
            content = @Content(schema = @Schema(implementation = AssessmentJson.AuditList.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AssessmentJson.AuditList audits(@PathParam("id") String id) {
        return new AssessmentJson.AuditList(grading.regradeAudits(caller.get(), assessmentId(id)).stream()
                .map(AssessmentJson.AuditResponse::from).toList());
    }

    @GET
    @Path("/{id}/overrides")
    @RequiresPermission(Permission.ASSESSMENTS_GRADE)
    @Operation(operationId = "listAttemptOverrides", summary = "Per-learner overrides of an assessment")
    @APIResponse(responseCode = "200", description = "The overrides",
            content = @Content(schema = @Schema(implementation = OverrideResponse.OverrideList.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public OverrideResponse.OverrideList overrides(@PathParam("id") String id) {
        return new OverrideResponse.OverrideList(overrides.overrides(caller.get(), assessmentId(id)).stream()
                .map(OverrideResponse::from).toList());
    }

    @PUT
    @Path("/{id}/overrides/{learnerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ASSESSMENTS_GRADE)
    @Operation(operationId = "grantAttemptOverride", summary = "Give one learner extra attempts, time or a later close",
            description = "Replaces the learner's override (every part stated, 0 for none). Applies to attempts "
                    + "started afterwards: deadline = min(start + time limit + extraMinutes, close + "
                    + "closeExtensionMinutes).")
    @APIResponse(responseCode = "200", description = "Granted",
            content = @Content(schema = @Schema(implementation = OverrideResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public OverrideResponse grantOverride(@PathParam("id") String id, @PathParam("learnerId") String learnerId,
                                          @NotNull(message = Bodies.REQUIRED) @Valid OverrideRequest request) {
        return OverrideResponse.from(overrides.grantOverride(caller.get(), request.toCommand(assessmentId(id),
                PathIds.parse(learnerId, "learner", UserId::new))));
    }

    @GET
    @Path("/attempts/{attemptId}")
    @RequiresPermission(Permission.ASSESSMENTS_GRADE)
    @Operation(operationId = "getAttemptForStaff", summary = "An attempt with its grade and marks")
    @APIResponse(responseCode = "200", description = "The attempt",
            content = @Content(schema = @Schema(implementation = AssessmentJson.StaffAttemptResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AssessmentJson.StaffAttemptResponse attempt(@PathParam("attemptId") String attemptId) {
        return AssessmentJson.StaffAttemptResponse.from(grading.attempt(caller.get(), attemptId(attemptId)));
    }

    @PUT
    @Path("/attempts/{attemptId}/essays/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ASSESSMENTS_GRADE)
    @Operation(operationId = "gradeEssay", summary = "Mark (or correct the mark of) an essay",
            description = "Once the last essay is marked the attempt is graded; a pass that completes the course "
                    + "issues the certificate.")
    @APIResponse(responseCode = "200", description = "The attempt",
            content = @Content(schema = @Schema(implementation = AssessmentJson.StaffAttemptResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (NOT_FINISHED, NOT_MANUALLY_GRADED, "
            + "MARKS_OUT_OF_RANGE, NOT_ON_PAPER)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = RefusalProblem.class)))
    public Response gradeEssay(@PathParam("attemptId") String attemptId, @PathParam("questionId") String questionId,
                               @NotNull(message = Bodies.REQUIRED) @Valid EssayGradeRequest request) {
        Caller who = caller.get();
        AttemptId id = attemptId(attemptId);
        EssayGradeRequest body = request;
        return AttemptAnswers.of(grading.gradeEssay(who, id, PathIds.parse(questionId, "question", QuestionId::new),
                QuestionRequest.decimal(body.marks(), "marks"), Optional.ofNullable(body.comment())),
                Response.Status.OK, attempt -> AssessmentJson.StaffAttemptResponse.from(grading.attempt(who, id)),
                uriInfo);
    }

    private static AssessmentId assessmentId(String id) {
        return PathIds.parse(id, "assessment", AssessmentId::new);
    }

    private static AttemptId attemptId(String id) {
        return PathIds.parse(id, "attempt", AttemptId::new);
    }

    /** An instructor's mark for an essay. */
    @Schema(name = "EssayGradeRequest", requiredProperties = {"marks"})
    public record EssayGradeRequest(@NotBlank(message = "is required") String marks,
                                    @Size(max = 5000, message = "must be at most 5000 characters") String comment) {
    }

    /** A regrade: corrected questions, optionally a new pass mark, what happens to lost passes, and why. */
    @Schema(name = "RegradeRequest", requiredProperties = {"reason"})
    public record RegradeRequest(
            @Size(max = 200, message = "at most 200 questions") List<@NotNull(message = "must not be null") String>
                    correctedQuestionIds,
            String passMark,
            String action,
            @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
            String reason,
            String fingerprint) {

        RegradeCommand toCommand() {
            Set<QuestionId> corrected = correctedQuestionIds == null ? Set.of() : correctedQuestionIds.stream()
                    .map(q -> PathIds.parse(q, "question", QuestionId::new)).collect(Collectors.toSet());
            Optional<PassMark> mark;
            try {
                mark = Optional.ofNullable(passMark).map(p -> PassMark.of(p.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("passMark", "must be a percentage between 0 and 100, e.g. 60");
            }
            RegradeAction how = action == null ? RegradeAction.SUSPEND
                    : com.laca.adapter.rest.common.Fields.enumValue(RegradeAction.class, action, "action");
            return new RegradeCommand(corrected, mark, how, reason);
        }
    }
}
