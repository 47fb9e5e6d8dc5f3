package com.laca.adapter.persistence.tenancy;

import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Branding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A row of {@code tenant_brandings}: readable from any transaction (the public page and the custom-domain lookup need
 * it before a clinic is known), written only in the clinic's own (row-level security on PostgreSQL).
 */
@Entity
@Table(name = "tenant_brandings")
class BrandingJpaEntity {

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "logo_url")
    private String logoUrl;
    @Column(name = "primary_colour")
    private String primaryColour;
    @Column(name = "accent_colour")
    private String accentColour;
    @Column(name = "address")
    private String address;
    @Column(name = "custom_domain")
    private String customDomain;
    /** Starts at 1 on the first save, as the domain counts saves. */
    @Version
    @Column(name = "version")
    private long version;

    protected BrandingJpaEntity() {
    }

    BrandingJpaEntity(TenantId tenant) {
        this.tenantId = tenant.toString();
    }

    long version() {
        return version;
    }

    Branding toDomain() {
        return new Branding(TenantId.parse(tenantId), displayName, logoUrl, primaryColour, accentColour, address,
                customDomain, version);
    }

    void copyFrom(Branding branding) {
        displayName = branding.displayName();
        logoUrl = branding.logoUrl();
        primaryColour = branding.primaryColour();
        accentColour = branding.accentColour();
        address = branding.address();
        customDomain = branding.customDomain();
    }
}
