package com.laca.adapter.rest.tenancy;

import com.laca.application.tenancy.port.in.CreateTenantCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A new clinic business and its first owner, as the platform administrator sends it. */
@Schema(name = "CreateTenantRequest", requiredProperties = {"slug", "name", "zone", "currency", "ownerEmail", "ownerName"}, properties = {
        @SchemaProperty(name = "slug", example = "harley-aesthetics",
                description = "3-63 lower-case letters, digits and single hyphens"),
        @SchemaProperty(name = "name", example = "Harley Aesthetics Ltd"),
        @SchemaProperty(name = "zone", example = "Europe/London"),
        @SchemaProperty(name = "currency", example = "GBP"),
        @SchemaProperty(name = "ownerEmail", example = "owner@harley-aesthetics.example"),
        @SchemaProperty(name = "ownerName", example = "Dr Sam Patel")})
public record CreateTenantRequest(
        String slug,
        String name,
        String zone,
        String currency,
        String ownerEmail,
        String ownerName) {

    /** The command; the use case validates each field and names the bad ones. */
    public CreateTenantCommand toCommand() {
        return new CreateTenantCommand(slug, name, zone, currency, ownerEmail, ownerName);
    }
}
