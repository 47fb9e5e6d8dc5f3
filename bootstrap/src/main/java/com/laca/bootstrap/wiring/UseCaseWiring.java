package com.laca.bootstrap.wiring;

import com.laca.application.clinic.port.in.ManageLocationsUseCase;
import com.laca.application.clinic.port.in.ManagePractitionersUseCase;
import com.laca.application.clinic.port.in.ManageResourcesUseCase;
import com.laca.application.clinic.port.in.ManageTreatmentsUseCase;
import com.laca.application.clinic.port.in.PublicMenuQuery;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.clinic.service.LocationService;
import com.laca.application.clinic.service.PractitionerService;
import com.laca.application.clinic.service.ResourceService;
import com.laca.application.clinic.service.TreatmentService;
import com.laca.application.identity.port.in.LoginUseCase;
import com.laca.application.identity.port.in.LogoutUseCase;
import com.laca.application.identity.port.in.ManageStaffUseCase;
import com.laca.application.identity.port.in.RefreshUseCase;
import com.laca.application.identity.port.in.SetPasswordUseCase;
import com.laca.application.identity.port.out.AccessTokenIssuer;
import com.laca.application.identity.port.out.LoginThrottleRepository;
import com.laca.application.identity.port.out.OneTimeTokenRepository;
import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.identity.port.out.RefreshTokenRepository;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.identity.service.AuthService;
import com.laca.application.identity.service.AuthSettings;
import com.laca.application.identity.service.LoginThrottling;
import com.laca.application.identity.service.StaffService;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.in.FindTenantQuery;
import com.laca.application.tenancy.port.in.ManageTenantsUseCase;
import com.laca.application.tenancy.port.in.TenantStatusQuery;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.application.tenancy.service.TenantService;
import com.laca.application.tenancy.service.TenantStatusCache;
import com.laca.domain.identity.LoginThrottlePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds each application service once, over the adapters' ports, and offers it under its use-case interfaces. */
@ApplicationScoped
public class UseCaseWiring {

    private AuthService auth;
    private StaffService staff;
    private TenantService tenants;
    private TenantStatusCache tenantStatuses;
    private LocationService locations;
    private PractitionerService practitioners;
    private ResourceService resources;
    private TreatmentService treatments;

    UseCaseWiring() {
        // for the CDI proxy
    }

    @Inject
    UseCaseWiring(TransactionRunner tx, TenantRepository tenantRepository, StaffAccountRepository accounts,
                  RefreshTokenRepository refreshTokens, OneTimeTokenRepository oneTimeTokens,
                  LoginThrottleRepository throttles, LocationRepository locationRepository,
                  PractitionerRepository practitionerRepository, ResourceRepository resourceRepository,
                  TreatmentRepository treatmentRepository, ReferenceDataVersion referenceData, PasswordHasher hasher,
                  AccessTokenIssuer issuer, Clock clock,
                  @ConfigProperty(name = "laca.auth.refresh-token-days") int refreshDays,
                  @ConfigProperty(name = "laca.auth.one-time-token-hours") int oneTimeHours,
                  @ConfigProperty(name = "laca.auth.address-max-failures") int addressMaxFailures,
                  @ConfigProperty(name = "laca.auth.session-max-days") int sessionDays,
                  @ConfigProperty(name = "laca.auth.tenant-status-max-age-seconds") int tenantStatusSeconds) {
        AuthSettings settings = new AuthSettings(Duration.ofDays(refreshDays), Duration.ofHours(oneTimeHours),
                Duration.ofDays(sessionDays));
        auth = new AuthService(tx, tenantRepository, accounts, refreshTokens, hasher, issuer,
                new LoginThrottling(tx, throttles, LoginThrottlePolicy.PER_ACCOUNT,
                        LoginThrottlePolicy.perAddress(addressMaxFailures)), settings, clock);
        staff = new StaffService(tx, accounts, oneTimeTokens, refreshTokens, hasher, settings, clock);
        tenantStatuses = new TenantStatusCache(tx, tenantRepository, clock, Duration.ofSeconds(tenantStatusSeconds));
        tenants = new TenantService(tx, tenantRepository, staff, refreshTokens, tenantStatuses, clock);
        locations = new LocationService(tx, locationRepository, referenceData);
        practitioners = new PractitionerService(tx, practitionerRepository, locationRepository, referenceData);
        resources = new ResourceService(tx, resourceRepository, locationRepository, referenceData);
        treatments = new TreatmentService(tx, treatmentRepository, tenantRepository, referenceData);
    }

    @Produces
    LoginUseCase login() {
        return auth;
    }

    @Produces
    RefreshUseCase refresh() {
        return auth;
    }

    @Produces
    LogoutUseCase logout() {
        return auth;
    }

    @Produces
    ManageStaffUseCase manageStaff() {
        return staff;
    }

    @Produces
    SetPasswordUseCase setPassword() {
        return staff;
    }

    @Produces
    ManageTenantsUseCase manageTenants() {
        return tenants;
    }

    @Produces
    FindTenantQuery findTenant() {
        return tenants;
    }

    @Produces
    TenantStatusQuery tenantStatus() {
        return tenantStatuses;
    }

    @Produces
    ManageLocationsUseCase manageLocations() {
        return locations;
    }

    @Produces
    ManagePractitionersUseCase managePractitioners() {
        return practitioners;
    }

    @Produces
    ManageResourcesUseCase manageResources() {
        return resources;
    }

    @Produces
    ManageTreatmentsUseCase manageTreatments() {
        return treatments;
    }

    @Produces
    PublicMenuQuery publicMenu() {
        return treatments;
    }
}
