package com.laca.adapter.persistence.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.clinic.port.in.LocationDraft;
import com.laca.application.clinic.port.in.PractitionerDraft;
import com.laca.application.clinic.port.in.ResourceDraft;
import com.laca.application.clinic.port.in.TreatmentDraft;
import com.laca.application.clinic.port.out.FutureBookingsGateway;
import com.laca.application.clinic.service.LocationService;
import com.laca.application.clinic.service.PractitionerService;
import com.laca.application.clinic.service.PublicMenuService;
import com.laca.application.clinic.service.ResourceService;
import com.laca.application.clinic.service.TreatmentService;
import com.laca.application.identity.port.in.AuthResult;
import com.laca.application.identity.port.in.LoginCommand;
import com.laca.application.identity.port.out.AccessTokenIssuer;
import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.identity.service.AuthService;
import com.laca.application.identity.service.AuthSettings;
import com.laca.application.identity.service.LoginThrottling;
import com.laca.application.identity.service.StaffService;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.PersistencePorts;
import com.laca.application.shared.VersionConflictException;
import com.laca.application.tenancy.port.in.CreateTenantCommand;
import com.laca.application.tenancy.port.in.CreatedTenant;
import com.laca.application.tenancy.service.FindTenantService;
import com.laca.application.tenancy.service.TenantService;
import com.laca.application.tenancy.service.TenantStatusCache;
import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.LoginThrottlePolicy;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The application's own services running on the JPA adapter: a platform admin creates a clinic, its owner sets a
 * password and sets the clinic up, and a second clinic sees none of it; proves the runner's nesting and the
 * repositories work together the way the use cases call them.
 */
abstract class ClinicSetUpFlows {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final AuthSettings SETTINGS = new AuthSettings(Duration.ofDays(14), Duration.ofDays(7),
            Duration.ofDays(30));
    private static final String OWNER_PASSWORD = "correct horse battery";
    private static final Caller PLATFORM_ADMIN = new Caller(UserId.random(), TenantId.random(),
            Set.of(Role.PLATFORM_ADMIN));

    private TenantService tenants;
    private TenantStatusCache statuses;
    private StaffService staff;
    private AuthService auth;
    private LocationService locations;
    private PractitionerService practitioners;
    private ResourceService resources;
    private TreatmentService treatments;
    private PublicMenuService publicMenu;
    private FindTenantService findTenant;

    /** The adapter under test, over a migrated database. */
    abstract PersistencePorts ports();

    /** Stands in for the real hasher, which is not this module's concern. */
    private static final class PlainHasher implements PasswordHasher {
        @Override
        public String hash(String password) {
            return "plain:" + password;
        }

        @Override
        public boolean matches(String password, String encodedHash) {
            return encodedHash.equals(hash(password));
        }
    }

    @BeforeEach
    void wireServices() {
        PersistencePorts p = ports();
        staff = new StaffService(p.tx(), p.staffAccounts(), p.oneTimeTokens(), p.refreshTokens(), new PlainHasher(),
                SETTINGS, CLOCK);
        statuses = new TenantStatusCache(p.tx(), p.tenants(), CLOCK, Duration.ofSeconds(5));
        tenants = new TenantService(p.tx(), p.tenants(), staff, p.refreshTokens(), statuses, CLOCK);
        AccessTokenIssuer issuer = (user, tenant, roles, at) -> new AccessTokenIssuer.IssuedAccessToken(
                "access-" + UUID.randomUUID(), at.plusSeconds(900));
        auth = new AuthService(p.tx(), p.tenants(), p.staffAccounts(), p.refreshTokens(), new PlainHasher(), issuer,
                new LoginThrottling(p.tx(), p.loginThrottles(), LoginThrottlePolicy.PER_ACCOUNT,
                        LoginThrottlePolicy.PER_ADDRESS), SETTINGS, CLOCK);
        locations = new LocationService(p.tx(), p.locations(), p.referenceDataVersion(), FutureBookingsGateway.none());
        practitioners = new PractitionerService(p.tx(), p.practitioners(), p.locations(), p.treatments(),
                p.referenceDataVersion(), FutureBookingsGateway.none());
        resources = new ResourceService(p.tx(), p.resources(), p.locations(), p.referenceDataVersion(),
                FutureBookingsGateway.none());
        treatments = new TreatmentService(p.tx(), p.treatments(), p.tenants(), p.referenceDataVersion());
        publicMenu = new PublicMenuService(p.tx(), p.treatments());
        findTenant = new FindTenantService(statuses);
    }

    private Caller createClinicOwner() {
        String slug = "clinic-" + UUID.randomUUID();
        CreatedTenant created = tenants.create(PLATFORM_ADMIN, new CreateTenantCommand(slug, "Bath Skin Clinic",
                "Europe/London", "GBP", "owner@" + slug + ".example", "Olive Owner"));
        assertThat(staff.setPassword(created.ownerInvitation().token(), OWNER_PASSWORD)).isTrue();
        assertThat(staff.setPassword(created.ownerInvitation().token(), "another long password")).isFalse();
        return new Caller(created.ownerInvitation().userId(), created.tenant().id(), Set.of(Role.OWNER));
    }

    @Test
    @DisplayName("an owner sets up a clinic; its menu is public; another clinic sees and changes none of it")
    void setUpAndIsolate() {
        Caller owner = createClinicOwner();
        Caller otherOwner = createClinicOwner();

        Location bath = locations.create(owner, new LocationDraft("Bath", new Address("1 Milsom Street", null, "Bath",
                "BA1 1DA", "GB"), ZoneId.of("Europe/London"), true));
        practitioners.create(owner, new PractitionerDraft("Dr Ana", Set.of(Qualification.DOCTOR,
                Qualification.PRESCRIBER), Set.of(bath.id()), true));
        resources.create(owner, new ResourceDraft(bath.id(), "Laser room", new ResourceType("LASER"), true));
        Treatment toxin = treatments.create(owner, new TreatmentDraft("Anti-wrinkle, one area",
                TreatmentCategory.ANTI_WRINKLE, null, Duration.ofMinutes(30), Duration.ZERO, Duration.ofMinutes(10),
                18_000, Qualification.PRESCRIBER, Set.of(), BookingWindow.DEFAULT, true));

        assertThat(toxin.price().currency()).isEqualTo("GBP");
        assertThat(publicMenu.activeTreatments(findTenant.findActiveBySlug(slugOf(owner)).orElseThrow()))
                .containsExactly(toxin);
        assertThat(publicMenu.activeTreatments(findTenant.findActiveBySlug(slugOf(otherOwner)).orElseThrow()))
                .isEmpty();
        assertThat(locations.list(otherOwner, new PageRequest(0, 10)).total()).isZero();
        assertThatThrownBy(() -> treatments.get(otherOwner, toxin.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> locations.delete(otherOwner, bath.id(), 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resources.create(otherOwner, new ResourceDraft(bath.id(), "Stolen room",
                new ResourceType("LASER"), true))).isInstanceOf(InvalidInputException.class);
        assertThat(resources.list(owner, new PageRequest(0, 10)).total()).isEqualTo(1);
    }

    @Test
    @DisplayName("a stale edit is refused, and a location still in use cannot be deleted")
    void lockingAndReferences() {
        Caller owner = createClinicOwner();
        LocationDraft draft = new LocationDraft("Bath", new Address("1 Milsom Street", null, "Bath", "BA1 1DA", "GB"),
                ZoneId.of("Europe/London"), true);
        Location bath = locations.create(owner, draft);
        resources.create(owner, new ResourceDraft(bath.id(), "Room 1", new ResourceType("TREATMENT_ROOM"), true));

        Location renamed = locations.update(owner, bath.id(), 0, new LocationDraft("Bath Central", draft.address(),
                draft.zone(), true));

        assertThat(renamed.version()).isEqualTo(1);
        assertThatThrownBy(() -> locations.update(owner, bath.id(), 0, draft))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> locations.delete(owner, bath.id(), 1)).isInstanceOf(ConflictException.class);
        assertThat(locations.get(owner, bath.id())).isEqualTo(renamed);
    }

    @Test
    @DisplayName("suspending a clinic refuses its tokens and revokes every session; reactivating it brings none back")
    void suspensionEndsSessions() {
        Caller owner = createClinicOwner();
        String phone = signIn(owner);
        String tablet = signIn(owner);
        assertThat(statuses.isActive(owner.tenantId())).isTrue();

        Tenant suspended = tenants.changeStatus(PLATFORM_ADMIN, owner.tenantId(), TenantStatus.SUSPENDED, 0);

        assertThat(statuses.isActive(owner.tenantId())).as("the cache forgot the active status").isFalse();
        tenants.changeStatus(PLATFORM_ADMIN, owner.tenantId(), TenantStatus.ACTIVE, suspended.version());
        assertThat(auth.refresh(phone)).isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(auth.refresh(tablet)).isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(signIn(owner)).isNotBlank();
    }

    @Test
    @DisplayName("a password reset ends the old password and every session at once; the new password opens it again")
    void resetEndsSessions() {
        Caller owner = createClinicOwner();
        String session = signIn(owner);

        String reset = staff.resetPassword(owner, owner.userId()).token();

        assertThat(auth.refresh(session)).isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(auth.login(login(owner, OWNER_PASSWORD))).isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(staff.setPassword(reset, "a brand new passphrase")).isTrue();
        assertThat(auth.login(login(owner, "a brand new passphrase"))).isInstanceOf(AuthResult.Authenticated.class);
    }

    private LoginCommand login(Caller owner, String password) {
        String slug = slugOf(owner);
        return new LoginCommand(slug, "owner@" + slug + ".example", password, "192.0.2.10");
    }

    /** Signs the clinic's owner in and answers the refresh token. */
    private String signIn(Caller owner) {
        AuthResult result = auth.login(login(owner, OWNER_PASSWORD));
        assertThat(result).isInstanceOf(AuthResult.Authenticated.class);
        return ((AuthResult.Authenticated) result).tokens().refreshToken();
    }

    private String slugOf(Caller owner) {
        return tenants.get(PLATFORM_ADMIN, owner.tenantId()).slug().value();
    }
}
