package com.laca.adapter.rest.admin;

import com.laca.adapter.rest.common.Fields;
import com.laca.domain.tenancy.TenantStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant's new trading status; text so an unknown value is a 400 naming the field. */
@Schema(name = "TenantStatusRequest")
public record TenantStatusRequest(
        @Schema(example = "SUSPENDED", required = true, description = "ACTIVE or SUSPENDED") String status) {

    public TenantStatus toStatus() {
        return Fields.enumValue(TenantStatus.class, status, "status");
    }
}
