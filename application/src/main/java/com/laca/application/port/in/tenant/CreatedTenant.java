package com.laca.application.port.in.tenant;

import com.laca.application.port.in.auth.StaffInvitation;
import com.laca.domain.tenancy.Tenant;

/** A tenant just created, with the invitation its owner uses to set a password. */
public record CreatedTenant(Tenant tenant, StaffInvitation ownerInvitation) {
}
