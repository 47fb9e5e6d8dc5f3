package com.laca.application.tenancy.port.out;

import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Branding;
import java.util.Optional;

/**
 * Stores each clinic's public look. Read from any transaction, because a custom domain is looked up before anyone
 * knows which clinic a request is for; written only in the clinic's own tenant transaction.
 */
public interface BrandingRepository {

    Optional<Branding> find(TenantId tenant);

    /** The tenant whose custom domain this is, given lower case without a port. */
    Optional<TenantId> findTenantByDomain(String domain);

    /**
     * Stores the branding: a first one at version 0, later ones only over the stored version, returning it at its next
     * version.
     *
     * @throws com.laca.application.shared.VersionConflictException if the stored version differs
     * @throws com.laca.application.shared.ConflictException        if another tenant has the custom domain
     */
    Branding put(Branding branding);
}
