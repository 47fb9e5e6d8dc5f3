package com.laca.application.identity.port.in;

import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;

/**
 * Whether the account a verified access token speaks for is still active, asked on every request that carries a
 * token, so a deactivated or removed account's access token stops within seconds instead of living to its expiry.
 */
public interface AccountStatusQuery {

    /** True only for an account that exists in the tenant and is active; may answer from a cache seconds old. */
    boolean isActive(TenantId tenant, UserId account);
}
