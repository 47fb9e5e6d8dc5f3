package com.laca.application.tenancy.service;

import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.in.ManageBrandingUseCase;
import com.laca.application.tenancy.port.in.PublicClinicQuery;
import com.laca.application.tenancy.port.out.BrandingRepository;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.identity.Permission;
import com.laca.domain.tenancy.Branding;
import com.laca.domain.tenancy.Tenant;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps each clinic's public look and resolves custom domains; uncached, so a suspended clinic's domain stops serving at
 * once, like its slug.
 */
public final class BrandingService implements ManageBrandingUseCase, PublicClinicQuery {

    private final TransactionRunner tx;
    private final BrandingRepository brandings;
    private final TenantRepository tenants;

    public BrandingService(TransactionRunner tx, BrandingRepository brandings, TenantRepository tenants) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.brandings = Objects.requireNonNull(brandings, "brandings");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    @Override
    public Branding branding(Caller caller) {
        caller.require(Permission.SETTINGS_VIEW);
        return tx.asPlatform(() -> brandings.find(caller.tenantId()))
                .orElseGet(() -> Branding.defaults(caller.tenantId()));
    }

    @Override
    public Branding update(Caller caller, Branding branding) {
        caller.require(Permission.BRANDING_MANAGE);
        Branding own = new Branding(caller.tenantId(), branding.displayName(), branding.logoUrl(),
                branding.primaryColour(), branding.accentColour(), branding.address(), branding.customDomain(),
                branding.version());
        return tx.inTenant(caller.tenantId(), () -> brandings.put(own));
    }

    @Override
    public Branding branding(Tenant tenant) {
        return tx.asPlatform(() -> brandings.find(tenant.id())).orElseGet(() -> Branding.defaults(tenant.id()));
    }

    @Override
    public Optional<Tenant> findActiveByDomain(String host) {
        String domain = Branding.normaliseHost(host);
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        return tx.asPlatform(() -> brandings.findTenantByDomain(domain).flatMap(tenants::findById))
                .filter(Tenant::isActive);
    }
}
