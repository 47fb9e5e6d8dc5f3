package com.laca.application.tenancy.service;

import com.laca.application.shared.RecentValues;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.in.TenantStatusQuery;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers whether a clinic may act, and which trading clinic a public address names, from a small in-process cache
 * whose entries are never older than a few seconds, so a suspension reaches every server instance within that time
 * without a database query per request; the instance that changes a status forgets what it knew at once.
 */
public final class TenantStatusCache implements TenantStatusQuery {

    private final RecentValues<TenantId, Boolean> active;
    private final RecentValues<TenantSlug, Optional<Tenant>> trading;

    /**
     * @param maxAge how old an answer may be: the longest a suspension takes to reach the other instances
     */
    public TenantStatusCache(TransactionRunner tx, TenantRepository tenants, Clock clock, Duration maxAge) {
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(tenants, "tenants");
        this.active = new RecentValues<>(tenant -> tx.asPlatform(() -> tenants.findById(tenant))
                .map(Tenant::isActive).orElse(false), clock, maxAge);
        this.trading = new RecentValues<>(slug -> tx.asPlatform(() -> tenants.findBySlug(slug))
                .filter(Tenant::isActive), clock, maxAge);
    }

    @Override
    public boolean isActive(TenantId tenant) {
        return active.get(tenant);
    }

    /** The trading clinic with this public address, if any, as known at most the maximum age ago. */
    Optional<Tenant> activeBySlug(TenantSlug slug) {
        return trading.get(slug);
    }

    /**
     * Forgets what is known of the clinic, so its next request reads the status afresh; after a status change, or a
     * new clinic (whose address may have been asked about before it existed). Slugs are few and such changes rare, so
     * every slug's answer is forgotten rather than looking up the clinic's own.
     */
    void forget(TenantId tenant) {
        active.forget(tenant);
        trading.forgetAll();
    }
}
