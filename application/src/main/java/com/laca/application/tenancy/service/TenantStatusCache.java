package com.laca.application.tenancy.service;

import com.laca.application.shared.RecentAnswers;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.in.TenantStatusQuery;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Answers whether a clinic may act from a small in-process cache whose entries are never older than a few seconds,
 * so a suspension reaches every server instance within that time without a database query per request; the instance
 * that changes a status forgets its entry at once.
 */
public final class TenantStatusCache implements TenantStatusQuery {

    private final RecentAnswers<TenantId> active;

    /**
     * @param maxAge how old an answer may be: the longest a suspension takes to reach the other instances
     */
    public TenantStatusCache(TransactionRunner tx, TenantRepository tenants, Clock clock, Duration maxAge) {
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(tenants, "tenants");
        this.active = new RecentAnswers<>(tenant -> tx.asPlatform(() -> tenants.findById(tenant))
                .map(Tenant::isActive).orElse(false), clock, maxAge);
    }

    @Override
    public boolean isActive(TenantId tenant) {
        return active.test(tenant);
    }

    /** Forgets what is known of the clinic, so its next request reads the status afresh; after a status change. */
    void forget(TenantId tenant) {
        active.forget(tenant);
    }
}
