package com.laca.adapter.rest.admin;

import com.laca.application.port.in.tenant.CreateTenantCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new clinic business and its first owner, as the platform administrator sends it. */
@Schema(name = "CreateTenantRequest")
public record CreateTenantRequest(
        @Schema(example = "harley-aesthetics", required = true,
                description = "3-63 lower-case letters, digits and single hyphens") String slug,
        @Schema(example = "Harley Aesthetics Ltd", required = true) String name,
        @Schema(example = "Europe/London", required = true) String zone,
        @Schema(example = "GBP", required = true) String currency,
        @Schema(example = "owner@harley-aesthetics.example", required = true) String ownerEmail,
        @Schema(example = "Dr Sam Patel", required = true) String ownerName) {

    /** The command; the use case validates each field and names the bad ones. */
    public CreateTenantCommand toCommand() {
        return new CreateTenantCommand(slug, name, zone, currency, ownerEmail, ownerName);
    }
}
