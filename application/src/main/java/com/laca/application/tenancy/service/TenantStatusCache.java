package com.laca.application.tenancy.service;

import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.in.TenantStatusQuery;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers whether a clinic may act from a small in-process cache whose entries are never older than a few seconds,
 * so a suspension reaches every server instance within that time without a database query per request; the instance
 * that changes a status forgets its entry at once.
 */
public final class TenantStatusCache implements TenantStatusQuery {

    /** Far more clinics than one deployment serves; past it the cache starts afresh rather than grow. */
    private static final int MAX_ENTRIES = 10_000;

    private final TransactionRunner tx;
    private final TenantRepository tenants;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<TenantId, Checked> checked = new ConcurrentHashMap<>();

    /** What was read, and when. */
    private record Checked(boolean active, Instant at) {
    }

    /**
     * @param maxAge how old an answer may be: the longest a suspension takes to reach the other instances
     */
    public TenantStatusCache(TransactionRunner tx, TenantRepository tenants, Clock clock, Duration maxAge) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative");
        }
    }

    @Override
    public boolean isActive(TenantId tenant) {
        Instant now = clock.instant();
        Checked known = checked.get(tenant);
        if (known != null && !now.isBefore(known.at()) && now.isBefore(known.at().plus(maxAge))) {
            return known.active();
        }
        boolean active = tx.asPlatform(() -> tenants.findById(tenant)).map(Tenant::isActive).orElse(false);
        if (checked.size() >= MAX_ENTRIES) {
            checked.clear();
        }
        checked.put(tenant, new Checked(active, now));
        return active;
    }

    /** Forgets what is known of the clinic, so its next request reads the status afresh; after a status change. */
    void forget(TenantId tenant) {
        checked.remove(tenant);
    }
}
