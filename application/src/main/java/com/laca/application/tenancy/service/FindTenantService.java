package com.laca.application.tenancy.service;

import com.laca.application.tenancy.port.in.FindTenantQuery;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves a public URL's slug to a trading clinic from the tenant status cache, so a public request costs no
 * transaction of its own for it, while a suspension still takes the clinic off its public pages at once on the
 * instance that made it and within the cache's maximum age on the others, as it stops the clinic's access tokens.
 */
public final class FindTenantService implements FindTenantQuery {

    private final TenantStatusCache statuses;

    public FindTenantService(TenantStatusCache statuses) {
        this.statuses = Objects.requireNonNull(statuses, "statuses");
    }

    @Override
    public Optional<Tenant> findActiveBySlug(String slug) {
        if (!TenantSlug.isValid(slug)) {
            return Optional.empty();
        }
        return statuses.activeBySlug(new TenantSlug(slug));
    }
}
