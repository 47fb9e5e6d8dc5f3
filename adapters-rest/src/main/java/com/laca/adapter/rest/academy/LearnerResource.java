package com.laca.adapter.rest.academy;

import static com.laca.adapter.rest.academy.CoursePaths.courseId;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.application.academy.port.in.CertificatesUseCase;
import com.laca.application.academy.port.in.LearnerProfileQuery;
import com.laca.application.academy.port.in.LearningUseCase;
import com.laca.application.shared.Caller;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.LessonId;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
    @Inject
    LearningUseCase learning;
    @Inject
    CertificatesUseCase certificates;
    @Context
    UriInfo uriInfo;

    @GET
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "getMyTraineeProfile", summary = "Who I am as a trainee")
    @APIResponse(responseCode = "200", description = "The caller's trainee account",
            content = @Content(schema = @Schema(implementation = TraineeResponse.class)))
    public TraineeResponse me() {
        return TraineeResponse.from(profile.me(caller.get()));
    }

    @GET
    @Path("/courses")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "listMyCourses", summary = "My courses, with my progress in each")
    @APIResponse(responseCode = "200", description = "The caller's enrolments",
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.EnrolmentList.class)))
    public EnrolmentResponse.EnrolmentList myCourses() {
        return new EnrolmentResponse.EnrolmentList(learning.myCourses(caller.get()).stream()
                .map(EnrolmentResponse::from).toList());
    }

    @GET
    @Path("/courses/{courseId}")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "getMyCourse", summary = "My enrolment and progress in one course")
    @APIResponse(responseCode = "200", description = "The caller's enrolment",
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public EnrolmentResponse myCourse(@PathParam("courseId") String courseId) {
        return EnrolmentResponse.from(learning.myCourse(caller.get(), courseId(courseId)));
    }

    @GET
    @Path("/courses/{courseId}/content")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "getMyCourseContent", summary = "The lessons of a course I am enrolled on",
            description = "The version my progress follows: the one I completed, else the current one.")
    @APIResponse(responseCode = "200", description = "The course and its lessons",
            content = @Content(schema = @Schema(implementation = CourseResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public CourseResponse content(@PathParam("courseId") String courseId) {
        return CourseResponse.from(learning.content(caller.get(), courseId(courseId)));
    }

    @POST
    @Path("/courses/{courseId}/enrolment")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "enrolMyself", summary = "Enrol myself on a course that allows it")
    @APIResponse(responseCode = "201", description = "Enrolled",
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (SELF_ENROLMENT_CLOSED, PREREQUISITES_NOT_MET) or "
            + "already enrolled", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = RefusalProblem.class)))
    public Response selfEnrol(@PathParam("courseId") String courseId) {
        Caller who = caller.get();
        CourseId course = courseId(courseId);
        return AcademyResponses.enrolment(learning.selfEnrol(who, course), Response.Status.CREATED,
                applied -> EnrolmentResponse.from(learning.myCourse(who, course)), uriInfo);
    }

    @POST
    @Path("/courses/{courseId}/acceptance")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "acceptMyInvitation", summary = "Accept an invitation to a course")
    @APIResponse(responseCode = "200", description = "Now active",
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (ILLEGAL_TRANSITION, PREREQUISITES_NOT_MET, "
            + "ACCESS_EXPIRED)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = RefusalProblem.class)))
    public Response accept(@PathParam("courseId") String courseId) {
        Caller who = caller.get();
        CourseId course = courseId(courseId);
        return AcademyResponses.enrolment(learning.accept(who, course), Response.Status.OK,
                applied -> EnrolmentResponse.from(learning.myCourse(who, course)), uriInfo);
    }

    @POST
    @Path("/courses/{courseId}/lessons/{lessonId}/completion")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "completeMyLesson", summary = "Mark a lesson as completed",
            description = "Videos and readings only; staff record live sessions and practicals. Completes the course "
                    + "when that was the last thing it required.")
    @APIResponse(responseCode = "204", description = "Recorded (or already recorded)")
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (STAFF_RECORDS_IT, NOT_HELD_YET)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response completeLesson(@PathParam("courseId") String courseId, @PathParam("lessonId") String lessonId) {
        return AcademyResponses.lesson(learning.completeLesson(caller.get(), courseId(courseId),
                PathIds.parse(lessonId, "lesson", LessonId::new)), uriInfo);
    }

    @GET
    @Path("/certificates")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "listMyCertificates", summary = "My certificates, with their status now")
    @APIResponse(responseCode = "200", description = "The caller's certificates",
            content = @Content(schema = @Schema(implementation = CertificateResponse.CertificateList.class)))
    public CertificateResponse.CertificateList myCertificates() {
        return new CertificateResponse.CertificateList(certificates.mine(caller.get()).stream()
                .map(CertificateResponse::from).toList());
    }

    @GET
    @Path("/certificates/{certificateId}/pdf")
    @Produces("application/pdf")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "downloadMyCertificatePdf", summary = "My certificate as a PDF",
            description = "Name and CPD hours as snapshotted at issue; a certificate no longer valid says so.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response myCertificatePdf(@PathParam("certificateId") String certificateId) {
        return Response.ok(certificates.myPdf(caller.get(), PathIds.parse(certificateId, "certificate",
                        com.laca.domain.academy.CertificateId::new)))
                .type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate.pdf\"").build();
    }

    @GET
    @Path("/cpd-record")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "getMyCpdRecord", summary = "My CPD record",
            description = "From my valid or expired certificates (a suspended or revoked one evidences no CPD): "
                    + "method, topic, dates, hours, participatory or not, and the evidence link.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(schema = @Schema(implementation = CpdRecordResponse.class)))
    public CpdRecordResponse cpdRecord() {
        return CpdRecordResponse.from(certificates.myCpdRecord(caller.get()), uriInfo.getBaseUri());
    }

    @GET
    @Path("/cpd-record/csv")
    @Produces("text/csv")
    @RequiresPermission(Permission.LEARN)
    @Operation(operationId = "getMyCpdRecordCsv", summary = "My CPD record as CSV")
    @APIResponse(responseCode = "200", description = "The record, one line per entry",
            content = @Content(mediaType = "text/csv"))
    public Response cpdRecordCsv() {
        return Response.ok(CpdRecordResponse.from(certificates.myCpdRecord(caller.get()), uriInfo.getBaseUri()).csv())
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cpd-record.csv\"").build();
    }

}
