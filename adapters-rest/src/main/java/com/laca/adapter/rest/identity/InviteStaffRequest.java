package com.laca.adapter.rest.identity;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.identity.port.in.InviteStaffCommand;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.identity.Role;
import java.util.Arrays;
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
        return new InviteStaffCommand(email, displayName, Fields.each(roles, "roles", InviteStaffRequest::clinicRole));
    }

    /**
     * A role a clinic may give its staff; the platform administrator's role is no choice here, so an error lists only
     * the roles that would be accepted.
     */
    static Role clinicRole(String text) {
        List<String> choices = Arrays.stream(Role.values()).filter(Role::isClinicStaff)
                .map(Enum::name).toList();
        String name = text.trim();
        if (!choices.contains(name)) {
            throw new InvalidInputException("roles", "must be one of " + String.join(", ", choices));
        }
        return Role.valueOf(name);
    }
}
