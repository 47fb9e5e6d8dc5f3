package com.laca.application.tenancy.service;

import com.laca.application.identity.port.in.InviteStaffCommand;
import com.laca.application.identity.port.in.ManageStaffUseCase;
import com.laca.application.identity.port.in.StaffInvitation;
import com.laca.application.identity.port.out.RefreshTokenRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.in.CreateTenantCommand;
import com.laca.application.tenancy.port.in.CreatedTenant;
import com.laca.application.tenancy.port.in.ManageTenantsUseCase;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.identity.Permission;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;

/**
 * Creates and suspends tenants for the platform administrator; suspending a clinic ends its sessions.
 */
public final class TenantService implements ManageTenantsUseCase {

    private final TransactionRunner tx;
    private final TenantRepository tenants;
    private final ManageStaffUseCase staff;
    private final RefreshTokenRepository refreshTokens;
    private final TenantStatusCache statuses;
    private final Clock clock;

    public TenantService(TransactionRunner tx, TenantRepository tenants, ManageStaffUseCase staff,
                         RefreshTokenRepository refreshTokens, TenantStatusCache statuses, Clock clock) {
        this.tx = tx;
        this.tenants = tenants;
        this.staff = staff;
        this.refreshTokens = refreshTokens;
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public Page<Tenant> list(Caller caller, PageRequest page) {
        caller.require(Permission.TENANTS_MANAGE);
        return tx.asPlatform(() -> tenants.list(page));
    }

    @Override
    public Tenant get(Caller caller, TenantId id) {
        caller.require(Permission.TENANTS_MANAGE);
        return tx.asPlatform(() -> tenants.findById(id)).orElseThrow(() -> new NotFoundException("tenant", id));
    }

    @Override
    public CreatedTenant create(Caller caller, CreateTenantCommand command) {
        caller.require(Permission.TENANTS_MANAGE);
        Tenant tenant = new Tenant(TenantId.random(), slug(command.slug()), name(command.name()), zone(command.zone()),
                currency(command.currency()), TenantStatus.ACTIVE, 0);
        Caller actingOwner = new Caller(caller.userId(), tenant.id(), Set.of(Role.OWNER));
        StaffInvitation invitation = tx.inTenant(tenant.id(), () -> {
            tenants.insert(tenant);
            return staff.invite(actingOwner,
                    new InviteStaffCommand(command.ownerEmail(), command.ownerName(), Set.of(Role.OWNER)));
        });
        statuses.forget(tenant.id());
        return new CreatedTenant(tenant, invitation);
    }

    /**
     * A clinic that stops trading loses every session in the same transaction (the clinic's own, so row-level
     * security lets it revoke them), so reactivating it later brings none back; its access tokens are refused as soon
     * as the status cache forgets it, at once here and within its maximum age on other instances.
     */
    @Override
    public Tenant changeStatus(Caller caller, TenantId id, TenantStatus status, long expectedVersion) {
        caller.require(Permission.TENANTS_MANAGE);
        Tenant changed = tx.inTenant(id, () -> {
            Tenant current = tenants.findById(id).orElseThrow(() -> new NotFoundException("tenant", id));
            Tenant updated = tenants.update(new Tenant(id, current.slug(), current.name(), current.zone(),
                    current.currency(), status, expectedVersion));
            if (!updated.isActive()) {
                refreshTokens.revokeAll(clock.instant());
            }
            return updated;
        });
        statuses.forget(id);
        return changed;
    }

    private static TenantSlug slug(String slug) {
        if (!TenantSlug.isValid(slug)) {
            throw new InvalidInputException("slug", "must be 3-63 lower-case letters, digits and single hyphens");
        }
        return new TenantSlug(slug);
    }

    private static String name(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("name", "must be 1-200 characters");
        }
        return name.trim();
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidInputException("zone", "must be an IANA time-zone id such as Europe/London");
        }
    }

    private static String currency(String currency) {
        try {
            return Money.zero(currency).currency();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("currency", "must be an ISO 4217 code such as GBP");
        }
    }
}
