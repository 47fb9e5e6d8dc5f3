package com.laca.adapter.rest.booking;

import com.laca.application.tenancy.port.in.FindTenantQuery;
import com.laca.domain.shared.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Resolves a public URL's clinic slug for public resources of areas that may not reach tenancy themselves (e.g. the
 * medical questionnaire), the same way the public booking resources do.
 */
@ApplicationScoped
public class PublicClinicSlugs {

    @Inject
    FindTenantQuery tenants;

    /** The trading clinic with that slug; 404 otherwise. */
    public TenantId tenantOf(String slug) {
        return PublicClinics.bySlug(tenants, slug);
    }
}
