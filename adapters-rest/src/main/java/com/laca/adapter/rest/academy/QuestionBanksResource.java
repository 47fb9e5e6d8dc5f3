package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.domain.identity.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import com.laca.application.academy.port.in.ManageAssessmentsUseCase;
import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.QuestionId;

/**
 * Academy staff's question banks and questions: every edit of a question is saved as its next version, so attempts
 * already given a version keep it until a regrade moves them on.
 */
@Path("/academy/question-banks")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Academy", description = "Courses, trainees, enrolments, assessments and certificates.")
public class QuestionBanksResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageAssessmentsUseCase assessments;

    @GET
    @RequiresPermission(Permission.COURSES_VIEW)
    @Operation(operationId = "listQuestionBanks", summary = "List the question banks")
    @APIResponse(responseCode = "200", description = "Every bank, by title",
            content = @Content(schema = @Schema(implementation = AssessmentJson.BankList.class)))
    public AssessmentJson.BankList list() {
        return new AssessmentJson.BankList(assessments.banks(caller.get()).stream()
                .map(AssessmentJson.BankResponse::from).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.COURSES_MANAGE)
    @Operation(operationId = "createQuestionBank", summary = "Create a question bank")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AssessmentJson.BankResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public Response create(@NotNull(message = Bodies.REQUIRED) @Valid BankRequest request) {
        return Response.status(Response.Status.CREATED).entity(AssessmentJson.BankResponse.from(
                assessments.createBank(caller.get(), request.title()))).build();
    }

    @GET
    @Path("/{bankId}/questions")
    @RequiresPermission(Permission.COURSES_MANAGE)
    @Operation(operationId = "listBankQuestions", summary = "The latest version of every question in a bank",
            description = "Answer keys included: only for those who write exams (courses:manage).")
    @APIResponse(responseCode = "200", description = "The questions",
            content = @Content(schema = @Schema(implementation = AssessmentJson.QuestionList.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AssessmentJson.QuestionList questions(@PathParam("bankId") String bankId) {
        return new AssessmentJson.QuestionList(assessments.questions(caller.get(), bank(bankId)).stream()
                .map(AssessmentJson.QuestionResponse::from).toList());
    }

    @POST
    @Path("/{bankId}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.COURSES_MANAGE)
    @Operation(operationId = "addQuestion", summary = "Add a question (version 1) to a bank")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AssessmentJson.QuestionResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response add(@PathParam("bankId") String bankId, @NotNull(message = Bodies.REQUIRED) @Valid QuestionRequest request) {
        return Response.status(Response.Status.CREATED).entity(AssessmentJson.QuestionResponse.from(
                assessments.addQuestion(caller.get(), bank(bankId), request.toDraft()))).build();
    }

    @POST
    @Path("/{bankId}/questions/{questionId}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.COURSES_MANAGE)
    @Operation(operationId = "reviseQuestion", summary = "Save a corrected question as its next version",
            description = "Attempts keep the version they were given; a regrade moves them to the correction.")
    @APIResponse(responseCode = "201", description = "The new version",
            content = @Content(schema = @Schema(implementation = AssessmentJson.QuestionResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Another editor saved that version first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revise(@PathParam("bankId") String bankId, @PathParam("questionId") String questionId,
                           @NotNull(message = Bodies.REQUIRED) @Valid QuestionRequest request) {
        bank(bankId);
        return Response.status(Response.Status.CREATED).entity(AssessmentJson.QuestionResponse.from(
                assessments.reviseQuestion(caller.get(), PathIds.parse(questionId, "question", QuestionId::new),
                        request.toDraft()))).build();
    }

    private static QuestionBankId bank(String id) {
        return PathIds.parse(id, "question bank", QuestionBankId::new);
    }

    /** A new bank's title. */
    @Schema(name = "QuestionBankRequest", requiredProperties = {"title"})
    public record BankRequest(@jakarta.validation.constraints.NotBlank(message = "is required")
                              @jakarta.validation.constraints.Size(max = 200, message = "must be at most 200 "
                                      + "characters") String title) {
    }
}
