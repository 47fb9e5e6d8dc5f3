package com.laca.application.payment.port.out;

import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.shared.TenantId;

import java.util.Optional;

/**
 * Each clinic's account at the payment processor, set by a platform administrator after on-boarding, so that
 * deposits go straight to the clinic and never through code or configuration files.
 */
public interface ConnectedAccountRepository {

    Optional<ConnectedAccountId> find(TenantId tenant);

    /**
     * Sets or replaces the tenant's account.
     *
     * @throws com.laca.application.shared.ConflictException if another tenant already uses the account
     */
    void save(TenantId tenant, ConnectedAccountId account);
}
