package com.laca.application.tenancy.service;

import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.in.FindTenantQuery;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves a public URL's slug to a trading clinic, uncached and in its own platform transaction, so a suspension
 * takes effect on the public pages at once.
 */
public final class FindTenantService implements FindTenantQuery {

    private final TransactionRunner tx;
    private final TenantRepository tenants;

    public FindTenantService(TransactionRunner tx, TenantRepository tenants) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    @Override
    public Optional<Tenant> findActiveBySlug(String slug) {
        if (!TenantSlug.isValid(slug)) {
            return Optional.empty();
        }
        return tx.asPlatform(() -> tenants.findBySlug(new TenantSlug(slug))).filter(Tenant::isActive);
    }
}
