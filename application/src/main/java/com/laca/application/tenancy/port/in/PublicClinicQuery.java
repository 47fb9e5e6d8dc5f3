package com.laca.application.tenancy.port.in;

import com.laca.domain.tenancy.Branding;
import com.laca.domain.tenancy.Tenant;
import java.util.Optional;

/** What anyone may read about a clinic's look, and which clinic a custom domain opens; no sign-in needed. */
public interface PublicClinicQuery {

    /** The branding of a tenant already resolved from its slug; the defaults when none was saved. */
    Branding branding(Tenant tenant);

    /** The trading clinic whose custom domain is this host (any case, with or without a port). */
    Optional<Tenant> findActiveByDomain(String host);
}
