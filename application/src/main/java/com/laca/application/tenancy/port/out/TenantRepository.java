package com.laca.application.tenancy.port.out;

import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import java.util.Optional;

/** Stores the tenants themselves; called in platform transactions because a tenant is not owned by a tenant. */
public interface TenantRepository {

    Optional<Tenant> findBySlug(TenantSlug slug);

    Optional<Tenant> findById(TenantId id);

    Page<Tenant> list(PageRequest request);

    /** Stores a new tenant; throws {@link com.laca.application.shared.ConflictException} for a taken slug. */
    void insert(Tenant tenant);

    /** Replaces a tenant with optimistic locking, returning it at its next version. */
    Tenant update(Tenant tenant);
}
