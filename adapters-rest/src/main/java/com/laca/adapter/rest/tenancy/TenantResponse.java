package com.laca.adapter.rest.tenancy;

import com.laca.domain.tenancy.Tenant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A tenant as the platform administrator sees it, with the version to send back in If-Match. */
@Schema(name = "Tenant", properties = {
        @SchemaProperty(name = "id", example = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b"),
        @SchemaProperty(name = "version", example = "0"),
        @SchemaProperty(name = "slug", example = "harley-aesthetics"),
        @SchemaProperty(name = "name", example = "Harley Aesthetics Ltd"),
        @SchemaProperty(name = "zone", example = "Europe/London"),
        @SchemaProperty(name = "currency", example = "GBP"),
        @SchemaProperty(name = "status", example = "ACTIVE")})
public record TenantResponse(
        String id,
        long version,
        String slug,
        String name,
        String zone,
        String currency,
        String status) {

    public static TenantResponse from(Tenant tenant) {
        return new TenantResponse(tenant.id().toString(), tenant.version(), tenant.slug().value(), tenant.name(),
                tenant.zone().getId(), tenant.currency(), tenant.status().name());
    }
}
