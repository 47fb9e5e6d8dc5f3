package com.laca.application.tenancy.port.in;

import com.laca.domain.tenancy.Tenant;
import java.util.Optional;

/** Resolves a public URL's slug to an active tenant, the only way public endpoints learn which clinic they serve. */
public interface FindTenantQuery {

    Optional<Tenant> findActiveBySlug(String slug);
}
