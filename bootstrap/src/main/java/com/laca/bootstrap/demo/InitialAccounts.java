package com.laca.bootstrap.demo;

import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Creates a tenant with a first account whose password is known, which the invitation flow cannot do: used for the
 * platform administrator and the demonstration clinics only.
 */
final class InitialAccounts {

    private final TransactionRunner tx;
    private final TenantRepository tenants;
    private final StaffAccountRepository accounts;
    private final PasswordHasher hasher;

    InitialAccounts(TransactionRunner tx, TenantRepository tenants, StaffAccountRepository accounts,
                    PasswordHasher hasher) {
        this.tx = tx;
        this.tenants = tenants;
        this.accounts = accounts;
        this.hasher = hasher;
    }

    /** The tenant with this slug, if it already exists. */
    Optional<Tenant> find(String slug) {
        return tx.asPlatform(() -> tenants.findBySlug(new TenantSlug(slug)));
    }

    /** Creates the tenant and its first account in one transaction and returns the tenant. */
    Tenant create(String slug, String name, String email, String displayName, Role role, String password) {
        Tenant tenant = new Tenant(TenantId.random(), new TenantSlug(slug), name, ZoneId.of("Europe/London"), "GBP",
                TenantStatus.ACTIVE, 0);
        String hash = hasher.hash(password);
        return tx.inTenant(tenant.id(), () -> {
            tenants.insert(tenant);
            accounts.insert(new StaffAccount(UserId.random(), tenant.id(), new EmailAddress(email), displayName,
                    Set.of(role), hash, true));
            return tenant;
        });
    }
}
