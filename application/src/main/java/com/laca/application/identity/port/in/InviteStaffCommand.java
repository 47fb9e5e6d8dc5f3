package com.laca.application.identity.port.in;

import com.laca.domain.identity.Role;
import java.util.Set;

/** Who to invite into the caller's clinic, and with which roles. */
public record InviteStaffCommand(String email, String displayName, Set<Role> roles) {

    public InviteStaffCommand {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
