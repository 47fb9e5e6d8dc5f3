package com.laca.application.tenancy.port.in;

import com.laca.domain.shared.TenantId;

/**
 * Whether the clinic a verified access token speaks for may still act, asked on every request that carries a token,
 * so a suspended or unknown clinic's tokens stop working long before they expire.
 */
public interface TenantStatusQuery {

    /** True only for a tenant that exists and is active; may answer from a cache at most a few seconds old. */
    boolean isActive(TenantId tenant);
}
