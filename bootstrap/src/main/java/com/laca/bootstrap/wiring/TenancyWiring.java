package com.laca.bootstrap.wiring;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.tenancy.JpaBrandingRepository;
import com.laca.adapter.persistence.tenancy.JpaTenantRepository;
import com.laca.application.identity.port.in.ManageStaffUseCase;
import com.laca.application.identity.port.out.RefreshTokenRepository;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.in.FindTenantQuery;
import com.laca.application.tenancy.port.in.ManageBrandingUseCase;
import com.laca.application.tenancy.port.in.ManageTenantsUseCase;
import com.laca.application.tenancy.port.in.PublicClinicQuery;
import com.laca.application.tenancy.port.in.TenantStatusQuery;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.application.tenancy.service.BrandingService;
import com.laca.application.tenancy.service.FindTenantService;
import com.laca.application.tenancy.service.TenantService;
import com.laca.application.tenancy.service.TenantStatusCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tenancy area: the tenants' repository, tenant administration (which invites a new clinic's owner and ends a
 * suspended clinic's sessions through identity), slug resolution, and the short-lived cache of tenant statuses.
 */
@ApplicationScoped
public class TenancyWiring {

    private TenantRepository tenants;
    private TenantService service;
    private FindTenantService findTenant;
    private TenantStatusCache statuses;
    private BrandingService branding;

    TenancyWiring() {
        // for the CDI proxy
    }

    @Inject
    TenancyWiring(CurrentEntityManager current, TransactionRunner tx, ManageStaffUseCase staff,
                  RefreshTokenRepository refreshTokens, Clock clock,
                  @ConfigProperty(name = "laca.auth.tenant-status-max-age-seconds") int tenantStatusSeconds) {
        tenants = new JpaTenantRepository(current);
        statuses = new TenantStatusCache(tx, tenants, clock, Duration.ofSeconds(tenantStatusSeconds));
        service = new TenantService(tx, tenants, staff, refreshTokens, statuses, clock);
        findTenant = new FindTenantService(statuses);
        branding = new BrandingService(tx, new JpaBrandingRepository(current), tenants);
    }

    @Produces
    @ApplicationScoped
    TenantRepository tenants() {
        return tenants;
    }

    @Produces
    ManageTenantsUseCase manageTenants() {
        return service;
    }

    @Produces
    FindTenantQuery findTenant() {
        return findTenant;
    }

    @Produces
    TenantStatusQuery tenantStatus() {
        return statuses;
    }

    @Produces
    ManageBrandingUseCase manageBranding() {
        return branding;
    }

    @Produces
    PublicClinicQuery publicClinics() {
        return branding;
    }
}
