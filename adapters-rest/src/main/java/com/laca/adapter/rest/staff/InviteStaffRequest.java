package com.laca.adapter.rest.staff;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.port.in.auth.InviteStaffCommand;
import com.laca.domain.identity.Role;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who to invite into the caller's clinic; roles are text so an unknown one is a 400 naming the field. */
@Schema(name = "InviteStaffRequest")
public record InviteStaffRequest(
        @Schema(example = "nurse@demo-clinic.example", required = true) String email,
        @Schema(example = "Nurse Jo Bloggs", required = true) String displayName,
        @Schema(example = "[\"PRACTITIONER\"]", required = true,
                description = "OWNER, MANAGER, PRACTITIONER, FRONTDESK, FINANCE or INSTRUCTOR") List<String> roles) {

    public InviteStaffCommand toCommand() {
        return new InviteStaffCommand(email, displayName, Fields.enumSet(Role.class, roles, "roles"));
    }
}
