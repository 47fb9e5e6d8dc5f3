package com.laca.adapter.rest.tenancy;

import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Branding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A clinic's public look as staff edit it; the clinic is always the caller's, never the body's. */
@Schema(name = "Branding", properties = {
        @SchemaProperty(name = "displayName", example = "Demo Aesthetics", nullable = true,
                description = "the name the booking page shows; the clinic's name when empty"),
        @SchemaProperty(name = "logoUrl", example = "https://cdn.example.com/logo.svg", nullable = true,
                description = "an https address"),
        @SchemaProperty(name = "primaryColour", example = "#0b5d57",
                description = "#rrggbb for buttons; must reach 4.5:1 contrast with white text (WCAG 2.2 AA)"),
        @SchemaProperty(name = "accentColour", example = "#5b2a6e", description = "#rrggbb, the same rule"),
        @SchemaProperty(name = "address", example = "12 Harley Street, London W1G 9PG", nullable = true),
        @SchemaProperty(name = "customDomain", example = "book.demo-clinic.test", nullable = true,
                description = "a host name that opens the booking page at /; unique across clinics"),
        @SchemaProperty(name = "version", example = "1", readOnly = true,
                description = "0 until first saved; send it back as the If-Match ETag")})
public record BrandingJson(String displayName, String logoUrl, String primaryColour, String accentColour,
                           String address, String customDomain, Long version) {

    /** The branding for the caller's clinic at the version the caller read. */
    Branding toBranding(TenantId tenant, long expectedVersion) {
        return new Branding(tenant, displayName, logoUrl, primaryColour, accentColour, address, customDomain,
                expectedVersion);
    }

    static BrandingJson from(Branding branding) {
        return new BrandingJson(branding.displayName(), branding.logoUrl(), branding.primaryColour(),
                branding.accentColour(), branding.address(), branding.customDomain(), branding.version());
    }
}
