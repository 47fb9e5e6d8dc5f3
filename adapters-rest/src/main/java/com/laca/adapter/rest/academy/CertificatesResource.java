package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.academy.port.in.CertificatesUseCase;
import com.laca.application.shared.Caller;
import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.certificate.CertificateResult;
import com.laca.domain.academy.certificate.ReissueResult;
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
 * Academy staff's certificates: view one, and suspend, reinstate or revoke it with a reason; a change is appended to
 * its history and the public check shows it at once; nothing is deleted.
 */
@Path("/academy/certificates")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Academy", description = "Courses, trainees, enrolments, assessments and certificates.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CertificatesResource {

    @Inject
    CurrentCaller caller;
    @Inject
    CertificatesUseCase certificates;
    @Context
    UriInfo uriInfo;

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.COURSES_VIEW)
    @Operation(operationId = "getCertificate", summary = "A certificate with its status now")
    @APIResponse(responseCode = "200", description = "The certificate",
            content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public CertificateResponse get(@PathParam("id") String id) {
        return CertificateResponse.from(certificates.get(caller.get(), certificateId(id)));
    }

    @POST
    @Path("/{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CERTIFICATES_REVOKE)
    @Operation(operationId = "suspendCertificate", summary = "Suspend a certificate, with a reason")
    @APIResponse(responseCode = "200", description = "Suspended",
            content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (ALREADY_REVOKED, ALREADY_SUSPENDED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response suspend(@PathParam("id") String id,
                            @NotNull(message = Bodies.REQUIRED) @Valid ReasonRequest request) {
        Caller who = caller.get();
        CertificateId certificate = certificateId(id);
        return answer(who, certificate, certificates.suspend(who, certificate, request.reason()));
    }

    @POST
    @Path("/{id}/reinstatement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CERTIFICATES_REVOKE)
    @Operation(operationId = "reinstateCertificate", summary = "Lift a suspension, with a reason")
    @APIResponse(responseCode = "200", description = "Reinstated",
            content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (e.g. NOT_SUSPENDED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response reinstate(@PathParam("id") String id,
                              @NotNull(message = Bodies.REQUIRED) @Valid ReasonRequest request) {
        Caller who = caller.get();
        CertificateId certificate = certificateId(id);
        return answer(who, certificate, certificates.reinstate(who, certificate, request.reason()));
    }

    @POST
    @Path("/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CERTIFICATES_REVOKE)
    @Operation(operationId = "revokeCertificate", summary = "Revoke a certificate for good, with a reason",
            description = "The record stays; the public check then says revoked, with the date and reason.")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (ALREADY_REVOKED), or changed at the same moment",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RefusalProblem.class)))
    public Response revoke(@PathParam("id") String id,
                           @NotNull(message = Bodies.REQUIRED) @Valid ReasonRequest request) {
        Caller who = caller.get();
        CertificateId certificate = certificateId(id);
        return answer(who, certificate, certificates.revoke(who, certificate, request.reason()));
    }

    @POST
    @Path("/{id}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.CERTIFICATES_REVOKE)
    @Operation(operationId = "reissueCertificate", summary = "Reissue a certificate under a new code",
            description = "Optionally with the learner's corrected name. The original is superseded (the public check "
                    + "says SUPERSEDED and names the new code); the copy keeps the award and expiry dates. A suspended "
                    + "or revoked certificate is not reissued.")
    @APIResponse(responseCode = "201", description = "The new certificate",
            content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused (ALREADY_REVOKED, ALREADY_SUSPENDED), or changed at the "
            + "same moment", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = RefusalProblem.class)))
    public Response reissue(@PathParam("id") String id,
                            @NotNull(message = Bodies.REQUIRED) @Valid ReissueRequest request) {
        Caller who = caller.get();
        ReissueResult result = certificates.reissue(who, certificateId(id), request.correctedName());
        if (result instanceof ReissueResult.Reissued reissued) {
            return Response.status(Response.Status.CREATED).entity(CertificateResponse.from(
                    certificates.get(who, reissued.replacement().id()))).build();
        }
        ReissueResult.Refused refused = (ReissueResult.Refused) result;
        return AcademyResponses.refusal(refused.reason().name(), refused.message(), uriInfo);
    }

    private Response answer(Caller who, CertificateId id, CertificateResult result) {
        if (result instanceof CertificateResult.Applied) {
            return Response.ok(CertificateResponse.from(certificates.get(who, id))).build();
        }
        CertificateResult.Refused refused = (CertificateResult.Refused) result;
        return AcademyResponses.refusal(refused.reason().name(), refused.message(), uriInfo);
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @RequiresPermission(Permission.COURSES_VIEW)
    @Operation(operationId = "downloadCertificatePdf", summary = "A certificate as a PDF",
            description = "Name and CPD hours as snapshotted at issue; a certificate no longer valid says so.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response pdf(@PathParam("id") String id) {
        return Response.ok(certificates.pdf(caller.get(), certificateId(id))).type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate.pdf\"").build();
    }

    private static CertificateId certificateId(String id) {
        return PathIds.parse(id, "certificate", CertificateId::new);
    }
}
