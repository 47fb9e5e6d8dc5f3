package com.laca.adapter.rest.identity;

import com.laca.adapter.rest.common.Fields;
import com.laca.domain.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * The whole of a staff account an owner may change: a replacement, so every field must be sent and none is ever
 * reset to a default because it was left out.
 */
@Schema(name = "UpdateStaffRequest", requiredProperties = {"displayName", "roles", "active"}, properties = {
        @SchemaProperty(name = "displayName", example = "Nurse Jo Bloggs"),
        @SchemaProperty(name = "roles", example = "[\"PRACTITIONER\"]",
                description = "OWNER, MANAGER, PRACTITIONER, FRONTDESK, FINANCE or INSTRUCTOR"),
        @SchemaProperty(name = "active", example = "true",
                description = "false deactivates the account: its sessions end and its access tokens stop")})
public record UpdateStaffRequest(
        @NotBlank(message = Fields.REQUIRED) @Size(max = 200) String displayName,
        @NotEmpty(message = Fields.REQUIRED) List<String> roles,
        @NotNull(message = Fields.REQUIRED) Boolean active) {

    /** The roles named, each one a clinic may give (a 400 naming {@code roles} otherwise). */
    Set<Role> clinicRoles() {
        return Fields.each(roles, "roles", InviteStaffRequest::clinicRole);
    }
}
