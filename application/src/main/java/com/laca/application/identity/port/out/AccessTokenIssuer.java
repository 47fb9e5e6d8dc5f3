package com.laca.application.identity.port.out;

import com.laca.domain.identity.Role;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Set;

/** Signs short-lived access tokens that MicroProfile JWT verifies on every later request. */
public interface AccessTokenIssuer {

    /**
     * The claim that carries the tenant id: written by the issuer, read back by the REST adapter, which takes a staff
     * caller's tenant from it and nowhere else.
     */
    String TENANT_CLAIM = "tenant";

    /** Signs a token for the account, valid from {@code issuedAt} for the issuer's configured lifetime. */
    IssuedAccessToken issue(UserId subject, TenantId tenant, Set<Role> roles, Instant issuedAt);

    /** A signed token and the moment it stops being accepted. */
    record IssuedAccessToken(String token, Instant expiresAt) {
    }
}
