package com.laca.adapter.rest.academy;

import static com.laca.adapter.rest.academy.CoursePaths.courseId;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.academy.port.in.EnrolmentView;
import com.laca.application.academy.port.in.ManageCoursesUseCase;
import com.laca.application.academy.port.in.ManageEnrolmentsUseCase;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseVersion;
import com.laca.domain.identity.Permission;
import com.laca.domain.shared.UserId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Academy staff's courses: create, change, publish numbered versions, and enrol trainees; each use case checks its
 * permission, which is declared here too so it is checked before any input is read.
 */
@Path("/academy/courses")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Academy", description = "Courses, trainees, enrolments, assessments and certificates.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CoursesResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageCoursesUseCase courses;
    @Inject
    ManageEnrolmentsUseCase enrolments;
    @Context
    UriInfo uriInfo;

    @GET
    @RequiresPermission(Permission.COURSES_VIEW)
    @Operation(operationId = "listCourses", summary = "List the academy's courses")
    @APIResponse(responseCode = "200", description = "Every course, by title",
            content = @Content(schema = @Schema(implementation = CourseResponse.CourseList.class)))
    public CourseResponse.CourseList list() {
        return new CourseResponse.CourseList(courses.list(caller.get()).stream().map(CourseResponse::from).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.COURSES_MANAGE)
    @Operation(operationId = "createCourse", summary = "Create a course", description = "Its content is published "
            + "afterwards as version 1 with POST /api/academy/courses/{id}/versions.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CourseResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public Response create(@Valid CourseRequest request) {
        Caller who = caller.get();
        Course course = courses.create(who, request.toDraft(id -> titleOf(who, id)));
        return Response.status(Response.Status.CREATED).entity(CourseResponse.from(course)).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.COURSES_VIEW)
    @Operation(operationId = "getCourse", summary = "A course with its current version")
    @APIResponse(responseCode = "200", description = "The course",
            content = @Content(schema = @Schema(implementation = CourseResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public CourseResponse get(@PathParam("id") String id) {
        return CourseResponse.from(courses.get(caller.get(), courseId(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.COURSES_MANAGE)
    @Operation(operationId = "updateCourse", summary = "Change a course's title, self-enrolment or prerequisites")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = CourseResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public CourseResponse update(@PathParam("id") String id,
                                 @NotNull(message = Bodies.REQUIRED) @Valid CourseRequest request) {
        Caller who = caller.get();
        CourseId course = courseId(id);
        return CourseResponse.from(courses.update(who, course,
                request.toDraft(required -> titleOf(who, required))));
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.COURSES_MANAGE)
    @Operation(operationId = "publishCourseVersion", summary = "Publish the course's next version",
            description = "Immutable once published; trainees still studying follow it, completed trainees keep theirs.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = CourseResponse.VersionResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Another version was published at the same moment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("id") String id,
                            @NotNull(message = Bodies.REQUIRED) @Valid VersionRequest request) {
        CourseId course = courseId(id);
        CourseVersion version = courses.publish(caller.get(), course, request.toDraft());
        return Response.status(Response.Status.CREATED).entity(CourseResponse.VersionResponse.from(version)).build();
    }

    @GET
    @Path("/{id}/enrolments")
    @RequiresPermission(Permission.COURSES_VIEW)
    @Operation(operationId = "listCourseEnrolments", summary = "The course's enrolments with derived progress")
    @APIResponse(responseCode = "200", description = "The enrolments",
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.EnrolmentList.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public EnrolmentResponse.EnrolmentList enrolments(@PathParam("id") String id) {
        return new EnrolmentResponse.EnrolmentList(enrolments.listByCourse(caller.get(), courseId(id)).stream()
                .map(EnrolmentResponse::from).toList());
    }

    @POST
    @Path("/{id}/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ENROLMENTS_MANAGE)
    @Operation(operationId = "enrolTrainee", summary = "Enrol or invite a trainee",
            description = "Enrolling checks the prerequisites now; an invitation checks them when the trainee accepts.")
    @APIResponse(responseCode = "201", description = "Enrolled or invited",
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (PREREQUISITES_NOT_MET), or already enrolled",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response enrol(@PathParam("id") String id, @NotNull(message = Bodies.REQUIRED) @Valid EnrolRequest body) {
        Caller who = caller.get();
        CourseId course = courseId(id);
        UserId learner = new UserId(com.laca.adapter.rest.common.Fields.uuid(body.learnerId(), "learnerId"));
        Optional<java.time.Instant> until = body.accessUntil() == null ? Optional.empty()
                : Optional.of(Dates.instant(body.accessUntil(), "accessUntil"));
        return AcademyResponses.enrolment(enrolments.enrol(who, course, learner, Boolean.TRUE.equals(body.invite()),
                until), Response.Status.CREATED, applied -> EnrolmentResponse.from(
                enrolments.get(who, applied.enrolment().id())), uriInfo);
    }

    private String titleOf(Caller who, CourseId id) {
        try {
            return courses.get(who, id).course().title();
        } catch (NotFoundException e) {
            throw new InvalidInputException("requiresCompleted", "names a course this academy does not have");
        }
    }

}
