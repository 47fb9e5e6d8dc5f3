package com.laca.adapter.rest.admin;

import com.laca.domain.tenancy.Tenant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant as the platform administrator sees it, with the version to send back in If-Match. */
@Schema(name = "Tenant")
public record TenantResponse(
        @Schema(example = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b") String id,
        @Schema(example = "0") long version,
        @Schema(example = "harley-aesthetics") String slug,
        @Schema(example = "Harley Aesthetics Ltd") String name,
        @Schema(example = "Europe/London") String zone,
        @Schema(example = "GBP") String currency,
        @Schema(example = "ACTIVE") String status) {

    public static TenantResponse from(Tenant tenant) {
        return new TenantResponse(tenant.id().toString(), tenant.version(), tenant.slug().value(), tenant.name(),
                tenant.zone().getId(), tenant.currency(), tenant.status().name());
    }
}
