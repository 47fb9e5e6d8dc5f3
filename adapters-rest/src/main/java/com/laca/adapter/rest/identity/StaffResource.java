package com.laca.adapter.rest.identity;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.identity.port.in.ManageStaffUseCase;
import com.laca.domain.identity.Permission;
import com.laca.domain.shared.UserId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * Lets a clinic's owner list, invite, read, change and deactivate staff and reset passwords, and an owner or manager
 * link an account to its practitioner record; the use case checks the permission, which is declared here too so that
 * it is checked before any input is judged.
 */
@Path("/staff")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "The clinic's staff accounts, invitations and password resets.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not manage staff",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StaffResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageStaffUseCase staff;

    @GET
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(operationId = "listStaff",
            summary = "List the clinic's staff")
    @APIResponse(responseCode = "200", description = "All staff accounts of the caller's clinic",
            content = @Content(schema = @Schema(implementation = StaffResponse.StaffList.class)))
    public StaffResponse.StaffList list() {
        return new StaffResponse.StaffList(staff.list(caller.get()).stream().map(StaffResponse::from).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(operationId = "inviteStaff",
            summary = "Invite a staff member", description = "Creates the account without a password and "
            + "e-mails the invitee a one-time link with which they set one (on the embedded default, read it in the "
            + "outbox viewer, GET /api/notifications/outbox).")
    @APIResponse(responseCode = "201", description = "Invited",
            content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid e-mail, name or roles",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The e-mail is already in use in this clinic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(@NotNull(message = Bodies.REQUIRED) @Valid InviteStaffRequest request) {
        InvitationResponse invitation = InvitationResponse.from(
                staff.invite(caller.get(), request.toCommand()));
        return Response.status(Response.Status.CREATED).entity(invitation).build();
    }

    @POST
    @Path("/{id}/password-reset")
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(operationId = "resetStaffPassword",
            summary = "Issue a password reset", description = "E-mails a fresh one-time link to the account's "
            + "address; the answer does not carry it.")
    @APIResponse(responseCode = "201", description = "Reset token issued",
            content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response resetPassword(@PathParam("id") String id) {
        InvitationResponse reset = InvitationResponse.from(
                staff.resetPassword(caller.get(), accountId(id)));
        return Response.status(Response.Status.CREATED).entity(reset).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(operationId = "getStaff", summary = "Read one staff account")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(schema = @Schema(implementation = StaffResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public StaffResponse get(@PathParam("id") String id) {
        return StaffResponse.from(staff.get(caller.get(), accountId(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(operationId = "updateStaff", summary = "Replace a staff account's name, roles and active flag",
            description = "Every field must be sent. Deactivating ends the account's sessions at once and stops its "
                    + "access tokens within seconds; the clinic's last active owner can be neither deactivated nor "
                    + "demoted (409).")
    @APIResponse(responseCode = "200", description = "The account as changed",
            content = @Content(schema = @Schema(implementation = StaffResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The change would leave the clinic without an active owner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffResponse update(@PathParam("id") String id,
                                @NotNull(message = Bodies.REQUIRED) @Valid UpdateStaffRequest request) {
        return StaffResponse.from(staff.update(caller.get(), accountId(id), request.displayName().trim(),
                request.clinicRoles(), request.active()));
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(operationId = "deactivateStaff", summary = "Remove a staff account from use",
            description = "A soft removal (deactivation), since records still name their author: the account's "
                    + "sessions end at once and its access tokens stop within seconds.")
    @APIResponse(responseCode = "200", description = "The account, now inactive",
            content = @Content(schema = @Schema(implementation = StaffResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "This is the clinic's last active owner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffResponse deactivate(@PathParam("id") String id) {
        return StaffResponse.from(staff.deactivate(caller.get(), accountId(id)));
    }

    private static UserId accountId(String id) {
        return PathIds.parse(id, "staff account", UserId::new);
    }

    @PUT
    @Path("/{id}/practitioner")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    @Operation(operationId = "linkStaffPractitioner",
            summary = "Link a staff account to a practitioner record", description = "Owner or manager. The "
            + "account's calendar then defaults to that practitioner's appointments, and a caller without "
            + "APPOINTMENTS_MANAGE_ANY (a practitioner) acts only on those. {\"practitionerId\": null} unlinks.")
    @APIResponse(responseCode = "200", description = "Linked (or unlinked)",
            content = @Content(schema = @Schema(implementation = StaffResponse.class)))
    @APIResponse(responseCode = "400", description = "practitionerId is not a practitioner of this clinic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The practitioner is already linked to another account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffResponse linkPractitioner(@PathParam("id") String id, @NotNull(message = Bodies.REQUIRED) @Valid LinkPractitionerRequest request) {
        return StaffResponse.from(staff.linkPractitioner(caller.get(),
                accountId(id), request.practitioner()));
    }
}
