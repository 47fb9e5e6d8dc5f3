package com.laca.application.tenancy.port.in;

import com.laca.application.identity.port.in.StaffInvitation;
import com.laca.domain.tenancy.Tenant;

/** A tenant just created, with the invitation its owner uses to set a password. */
public record CreatedTenant(Tenant tenant, StaffInvitation ownerInvitation) {
}
