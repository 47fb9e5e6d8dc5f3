package com.laca.adapter.rest.identity;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.identity.port.in.InviteStaffCommand;
import com.laca.domain.identity.Role;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** Who to invite into the caller's clinic; roles are text so an unknown one is a 400 naming the field. */
@Schema(name = "InviteStaffRequest", requiredProperties = {"email", "displayName", "roles"}, properties = {
        @SchemaProperty(name = "email", example = "nurse@demo-clinic.example"),
        @SchemaProperty(name = "displayName", example = "Nurse Jo Bloggs"),
        @SchemaProperty(name = "roles", example = "[\"PRACTITIONER\"]",
                description = "OWNER, MANAGER, PRACTITIONER, FRONTDESK, FINANCE or INSTRUCTOR")})
public record InviteStaffRequest(
        String email,
        String displayName,
        List<String> roles) {

    public InviteStaffCommand toCommand() {
        return new InviteStaffCommand(email, displayName, Fields.enumSet(Role.class, roles, "roles"));
    }
}
