package com.laca.adapter.rest.tenancy;

import com.laca.adapter.rest.identity.InvitationResponse;
import com.laca.application.tenancy.port.in.CreatedTenant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant just created and its owner's invitation, whose one-time link is e-mailed to the owner. */
@Schema(name = "CreatedTenant")
public record CreatedTenantResponse(TenantResponse tenant, InvitationResponse ownerInvitation) {

    public static CreatedTenantResponse from(CreatedTenant created) {
        return new CreatedTenantResponse(TenantResponse.from(created.tenant()),
                InvitationResponse.from(created.ownerInvitation()));
    }
}
