package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.academy.port.in.ManageEnrolmentsUseCase;
import com.laca.application.shared.Caller;
import com.laca.domain.academy.EnrolmentId;
import com.laca.domain.academy.LessonId;
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

/** Academy staff's view and changes of one enrolment: its progress, a withdrawal, lessons that staff record. */
@Path("/academy/enrolments")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Academy", description = "Courses, trainees, enrolments, assessments and certificates.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EnrolmentsResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageEnrolmentsUseCase enrolments;
    @Context
    UriInfo uriInfo;

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.COURSES_VIEW)
    @Operation(operationId = "getEnrolment", summary = "An enrolment with its derived progress")
    @APIResponse(responseCode = "200", description = "The enrolment",
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public EnrolmentResponse get(@PathParam("id") String id) {
        return EnrolmentResponse.from(enrolments.get(caller.get(), enrolmentId(id)));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ENROLMENTS_MANAGE)
    @Operation(operationId = "withdrawEnrolment", summary = "Withdraw a trainee from the course, with a reason")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (ILLEGAL_TRANSITION, ACCESS_EXPIRED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response withdraw(@PathParam("id") String id,
                             @NotNull(message = Bodies.REQUIRED) @Valid ReasonRequest request) {
        Caller who = caller.get();
        EnrolmentId enrolment = enrolmentId(id);
        return AcademyResponses.enrolment(enrolments.withdraw(who, enrolment, request.reason()),
                Response.Status.OK, applied -> EnrolmentResponse.from(enrolments.get(who, enrolment)), uriInfo);
    }

    @POST
    @Path("/{id}/lessons/{lessonId}/completion")
    @RequiresPermission(Permission.ENROLMENTS_MANAGE)
    @Operation(operationId = "recordLessonForTrainee", summary = "Record a lesson as completed (attendance, practice)",
            description = "Completes the enrolment when that was the last thing the course version required.")
    @APIResponse(responseCode = "204", description = "Recorded (or already recorded)")
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (NOT_HELD_YET)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response recordLesson(@PathParam("id") String id, @PathParam("lessonId") String lessonId) {
        return AcademyResponses.lesson(enrolments.recordLesson(caller.get(), enrolmentId(id),
                PathIds.parse(lessonId, "lesson", LessonId::new)), uriInfo);
    }

    private static EnrolmentId enrolmentId(String id) {
        return PathIds.parse(id, "enrolment", EnrolmentId::new);
    }
}
