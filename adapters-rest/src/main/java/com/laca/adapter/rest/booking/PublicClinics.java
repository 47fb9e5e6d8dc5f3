package com.laca.adapter.rest.booking;

import com.laca.application.shared.NotFoundException;
import com.laca.application.tenancy.port.in.FindTenantQuery;
import com.laca.domain.shared.TenantId;

/**
 * Resolves the clinic of a public URL from its slug alone; unknown and suspended clinics look alike (404), so the
 * public API reveals nothing about which slugs exist.
 */
final class PublicClinics {

    private PublicClinics() {
    }

    static TenantId bySlug(FindTenantQuery tenants, String slug) {
        return tenants.findActiveBySlug(slug).orElseThrow(() -> new NotFoundException("clinic", "with that address"))
                .id();
    }
}
