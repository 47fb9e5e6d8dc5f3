package com.laca.bootstrap.wiring;

import com.laca.application.academy.port.out.AcademyDirectory;
import com.laca.application.tenancy.port.in.FindTenantQuery;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import java.net.URI;
import java.util.Optional;

/**
 * Answers the academy's questions about its clinic from the tenancy area, here in the wiring, so the academy itself
 * never depends on tenancy (the area allow-list keeps it to identity and notification).
 */
final class TenancyAcademyDirectory implements AcademyDirectory {

    private final TenantRepository tenants;
    private final FindTenantQuery findTenant;

    private final URI publicApi;

    TenancyAcademyDirectory(TenantRepository tenants, FindTenantQuery findTenant, URI publicBaseUrl) {
        this.tenants = tenants;
        this.findTenant = findTenant;
        String base = publicBaseUrl.toString();
        this.publicApi = URI.create((base.endsWith("/") ? base : base + "/") + "api/");
    }

    @Override
    public URI publicApi() {
        return publicApi;
    }

    @Override
    public AcademyProfile profile(TenantId tenant) {
        Tenant clinic = tenants.findById(tenant)
                .orElseThrow(() -> new IllegalStateException("no tenant " + tenant + " behind a signed-in caller"));
        return new AcademyProfile(clinic.name(), clinic.zone(), clinic.slug().value());
    }

    @Override
    public Optional<TenantId> activeBySlug(String slug) {
        return findTenant.findActiveBySlug(slug).map(Tenant::id);
    }
}
