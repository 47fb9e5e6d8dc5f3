package com.laca.application.shared;

import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.Location;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every port contract starts from: the adapter under test and two fresh tenants, A and B, so each test proves
 * its behaviour and that B never sees A's rows, on a store other tests may already have written to.
 */
public abstract class PersistenceContract {

    protected PersistencePorts ports;
    protected TenantId tenantA;
    protected TenantId tenantB;

    /** The adapter under test; may be shared between tests, since every test works in tenants of its own. */
    protected abstract PersistencePorts createPorts();

    @BeforeEach
    void createTenants() {
        ports = createPorts();
        tenantA = createTenant();
        tenantB = createTenant();
    }

    protected TenantId createTenant() {
        Tenant tenant = newTenant();
        platform(() -> ports.tenants().insert(tenant));
        return tenant.id();
    }

    protected static Tenant newTenant() {
        return new Tenant(TenantId.random(), new TenantSlug("t-" + UUID.randomUUID()), "Clinic " + UUID.randomUUID(),
                ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
    }

    protected <T> T inA(Supplier<T> work) {
        return ports.tx().inTenant(tenantA, work);
    }

    protected <T> T inB(Supplier<T> work) {
        return ports.tx().inTenant(tenantB, work);
    }

    protected void doInA(Runnable work) {
        inA(asSupplier(work));
    }

    protected void doInB(Runnable work) {
        inB(asSupplier(work));
    }

    protected void platform(Runnable work) {
        ports.tx().asPlatform(asSupplier(work));
    }

    /** Stores a location in the running tenant transaction, for records that must refer to one. */
    protected Location storedLocation(String name) {
        Location location = new Location(LocationId.random(), name,
                new Address("1 Milsom Street", null, "Bath", "BA1 1DA", "GB"), ZoneId.of("Europe/London"), true, 0);
        ports.locations().insert(location);
        return location;
    }

    /** Stores a staff account in the given tenant, for tokens that must belong to one. */
    protected StaffAccount storedAccount(TenantId tenant) {
        StaffAccount account = new StaffAccount(UserId.random(), tenant,
                new EmailAddress("staff-" + UUID.randomUUID() + "@clinic.example"), "Ana Staff", Set.of(Role.MANAGER),
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", true);
        ports.tx().inTenant(tenant, () -> {
            ports.staffAccounts().insert(account);
            return null;
        });
        return account;
    }

    private static Supplier<Void> asSupplier(Runnable work) {
        return () -> {
            work.run();
            return null;
        };
    }
}
