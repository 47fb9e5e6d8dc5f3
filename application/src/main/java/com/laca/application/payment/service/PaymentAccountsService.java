package com.laca.application.payment.service;

import com.laca.application.payment.port.in.ManagePaymentAccountsUseCase;
import com.laca.application.payment.port.out.ConnectedAccountRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.identity.Permission;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.shared.TenantId;

import java.util.Objects;
import java.util.Optional;

/** Lets the platform administrator link a clinic to its processor account, checking the clinic exists first. */
public final class PaymentAccountsService implements ManagePaymentAccountsUseCase {

    private final TransactionRunner transactions;
    private final TenantRepository tenants;
    private final ConnectedAccountRepository accounts;

    public PaymentAccountsService(TransactionRunner transactions, TenantRepository tenants,
                                  ConnectedAccountRepository accounts) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public void setConnectedAccount(Caller caller, TenantId tenant, ConnectedAccountId account) {
        caller.require(Permission.TENANTS_MANAGE);
        transactions.asPlatform(() -> {
            tenants.findById(tenant).orElseThrow(() -> new NotFoundException("tenant", tenant));
            accounts.save(tenant, account);
            return null;
        });
    }

    @Override
    public Optional<ConnectedAccountId> connectedAccount(Caller caller, TenantId tenant) {
        caller.require(Permission.TENANTS_MANAGE);
        return transactions.asPlatform(() -> accounts.find(tenant));
    }
}
