package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.academy.port.in.ManageRegistrationsUseCase;
import com.laca.domain.academy.RegulatoryBody;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Professional registrations of the academy's people (trainees, supervisors): academy staff record them, an
 * administrator records that they checked one on the public register, which a supervisor's sign-off requires.
 */
@Path("/academy/registrations")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Academy", description = "Courses, trainees, enrolments, assessments and certificates.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RegistrationsResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageRegistrationsUseCase registrations;

    @GET
    @Path("/{personId}")
    @RequiresPermission(Permission.ENROLMENTS_MANAGE)
    @Operation(operationId = "listRegistrations", summary = "A person's professional registrations")
    @APIResponse(responseCode = "200", description = "The registrations, by register",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.RegistrationList.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public RegistrationResponse.RegistrationList list(@PathParam("personId") String personId) {
        return new RegistrationResponse.RegistrationList(registrations.list(caller.get(), person(personId)).stream()
                .map(RegistrationResponse::from).toList());
    }

    @PUT
    @Path("/{personId}/{body}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ENROLMENTS_MANAGE)
    @Operation(operationId = "recordRegistration", summary = "Record a person's number on a professional register",
            description = "Recorded as claimed; the same number again keeps its verification, another number needs "
                    + "verifying again.")
    @APIResponse(responseCode = "200", description = "The registration",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public RegistrationResponse record(@PathParam("personId") String personId,
                                       @Parameter(schema = @Schema(type = SchemaType.STRING,
                                               enumeration = {"GMC", "NMC", "GDC", "GPHC"}))
                                       @PathParam("body") String body,
                                       @NotNull(message = Bodies.REQUIRED) @Valid RegistrationRequest request) {
        return RegistrationResponse.from(registrations.record(caller.get(), person(personId), body(body),
                request.number()));
    }

    @POST
    @Path("/{personId}/{body}/verification")
    @RequiresPermission(Permission.REGISTRATIONS_VERIFY)
    @Operation(operationId = "verifyRegistration", summary = "Record that I checked the registration on the register",
            description = "Owner and manager only, and never their own registration (another administrator verifies "
                    + "that). Verifying again keeps the first verification.")
    @APIResponse(responseCode = "200", description = "The verified registration",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The caller tried to verify their own registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationResponse verify(@PathParam("personId") String personId,
                                       @Parameter(schema = @Schema(type = SchemaType.STRING,
                                               enumeration = {"GMC", "NMC", "GDC", "GPHC"}))
                                       @PathParam("body") String body) {
        return RegistrationResponse.from(registrations.verify(caller.get(), person(personId), body(body)));
    }

    private static UserId person(String id) {
        return PathIds.parse(id, "person", UserId::new);
    }

    private static RegulatoryBody body(String text) {
        return Fields.enumValue(RegulatoryBody.class, text, "body");
    }
}
