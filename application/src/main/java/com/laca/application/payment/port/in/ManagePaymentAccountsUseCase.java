package com.laca.application.payment.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.shared.TenantId;

import java.util.Optional;

/**
 * Links a clinic to its own account at the processor after on-boarding; only the platform administrator
 * ({@code TENANTS_MANAGE}) may, because it decides where clinic money goes.
 */
public interface ManagePaymentAccountsUseCase {

    /** @throws com.laca.application.shared.NotFoundException if the tenant does not exist */
    void setConnectedAccount(Caller caller, TenantId tenant, ConnectedAccountId account);

    Optional<ConnectedAccountId> connectedAccount(Caller caller, TenantId tenant);
}
