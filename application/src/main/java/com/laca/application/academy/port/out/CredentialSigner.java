package com.laca.application.academy.port.out;

import com.laca.domain.shared.TenantId;
import java.util.Map;

/**
 * Signs verifiable credentials as compact JWTs (VC-JWT) with the issuing clinic's own key and publishes that clinic's
 * public keys, so the academy shapes a credential without knowing any cryptography, anyone can check it without
 * asking us, and one clinic's key never vouches for another clinic's certificates. Both are called inside a
 * transaction for the tenant, in which {@link #sign} may create the tenant's key on first need; {@link #publicKeys}
 * only reads, since anyone may call it.
 */
public interface CredentialSigner {

    /** The JWT claims (JSON values: strings, numbers, booleans, lists, maps) signed as a compact JWS by the tenant. */
    String sign(TenantId tenant, Map<String, Object> claims);

    /**
     * The tenant's public keys as a JSON Web Key Set ({@code {"keys": [...]}}), each with the {@code kid} its
     * signatures name; never another tenant's key, never a private part; empty while the tenant has signed nothing.
     */
    Map<String, Object> publicKeys(TenantId tenant);
}
