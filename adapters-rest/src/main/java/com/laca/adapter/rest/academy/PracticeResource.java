package com.laca.adapter.rest.academy;

import static com.laca.adapter.rest.academy.CoursePaths.courseId;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.academy.port.in.SupervisePracticeUseCase;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.academy.CaseLogEntryId;
import com.laca.domain.academy.OsceStationId;
import com.laca.domain.academy.practice.CaseStatus;
import com.laca.domain.identity.Permission;
import com.laca.domain.shared.UserId;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Supervisors' and examiners' side of practical competency (CASELOG_SIGN_OFF): the sign-off queue, a decision on a
 * case under the caller's own verified registration, a trainee's practical record and OSCE sittings.
 */
@Path("/academy/practice")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Academy", description = "Courses, trainees, enrolments, assessments and certificates.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PracticeResource {

    @Inject
    CurrentCaller caller;
    @Inject
    SupervisePracticeUseCase practice;
    @Context
    UriInfo uriInfo;

    @GET
    @Path("/cases")
    @RequiresPermission(Permission.CASELOG_SIGN_OFF)
    @Operation(operationId = "listCourseCases", summary = "The cases trainees logged on a course, oldest first",
            description = "status=AWAITING_SIGN_OFF gives the sign-off queue.")
    @APIResponse(responseCode = "200", description = "The cases",
            content = @Content(schema = @Schema(implementation = CaseLogEntryResponse.CaseList.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public CaseLogEntryResponse.CaseList cases(
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("courseId") String courseId,
            @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"AWAITING_SIGN_OFF", "SIGNED_OFF", "DECLINED"}))
            @QueryParam("status") String status) {
        if (courseId == null) {
            throw new InvalidInputException("courseId", Fields.REQUIRED);
        }
        return CaseLogEntryResponse.CaseList.from(practice.cases(caller.get(), courseId(courseId),
                Optional.ofNullable(Fields.optionalEnum(CaseStatus.class, status, "status"))));
    }

    @POST
    @Path("/cases/{caseId}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CASELOG_SIGN_OFF)
    @Operation(operationId = "signOffCase", summary = "Confirm or decline a trainee's case as their supervisor",
            description = "Signed under the caller's own professional registration, which an administrator must have "
                    + "verified. A confirmation that completes what the course requires completes the enrolment and "
                    + "issues the certificate.")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = CaseLogEntryResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (REGISTRATION_NOT_VERIFIED, ALREADY_DECIDED, OWN_WORK, "
            + "BEFORE_THE_CASE)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = RefusalProblem.class)))
    public Response signOff(@PathParam("caseId") String caseId,
                            @NotNull(message = Bodies.REQUIRED) @Valid SignOffRequest request) {
        return AcademyResponses.practice(practice.signOff(caller.get(),
                        PathIds.parse(caseId, "case", CaseLogEntryId::new), request.toDecision(), request.toComment()),
                Response.Status.OK, CaseLogEntryResponse::from, uriInfo);
    }

    @GET
    @Path("/courses/{courseId}/trainees/{traineeId}")
    @RequiresPermission(Permission.CASELOG_SIGN_OFF)
    @Operation(operationId = "getTraineePractice", summary = "A trainee's cases, minimums and OSCE stations on a course")
    @APIResponse(responseCode = "200", description = "The trainee's practical record",
            content = @Content(schema = @Schema(implementation = PracticalRecordResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public PracticalRecordResponse trainee(@PathParam("courseId") String courseId,
                                           @PathParam("traineeId") String traineeId) {
        return PracticalRecordResponse.from(practice.practice(caller.get(), courseId(courseId),
                PathIds.parse(traineeId, "trainee", UserId::new)));
    }

    @POST
    @Path("/courses/{courseId}/stations/{stationId}/sittings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CASELOG_SIGN_OFF)
    @Operation(operationId = "recordOsceSitting", summary = "Record a trainee's sitting of an OSCE station",
            description = "The caller is the examiner. `sitting` is the number recorded (1 for the first): the same "
                    + "request again answers the record as it stands; another verdict for a recorded sitting is 409. "
                    + "A pass that completes what the course requires completes the enrolment and issues the "
                    + "certificate.")
    @APIResponse(responseCode = "201", description = "Recorded (or already recorded)",
            content = @Content(schema = @Schema(implementation = PracticalRecordResponse.StationResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (ALREADY_PASSED, NO_ATTEMPTS_LEFT, OWN_WORK) or the "
            + "sitting is recorded otherwise", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = RefusalProblem.class)))
    public Response recordSitting(@PathParam("courseId") String courseId, @PathParam("stationId") String stationId,
                                  @NotNull(message = Bodies.REQUIRED) @Valid SittingRequest request) {
        return AcademyResponses.practice(practice.recordSitting(caller.get(), request.toCommand(courseId(courseId),
                        PathIds.parse(stationId, "OSCE station", OsceStationId::new))), Response.Status.CREATED,
                PracticalRecordResponse.StationResponse::from, uriInfo);
    }

}
