package com.laca.adapter.rest.tenancy;

import com.laca.adapter.rest.common.Fields;
import com.laca.domain.tenancy.TenantStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A tenant's new trading status; text so an unknown value is a 400 naming the field. */
@Schema(name = "TenantStatusRequest", requiredProperties = {"status"}, properties = {
        @SchemaProperty(name = "status", example = "SUSPENDED", description = "ACTIVE or SUSPENDED")})
public record TenantStatusRequest(
        String status) {

    public TenantStatus toStatus() {
        return Fields.enumValue(TenantStatus.class, status, "status");
    }
}
