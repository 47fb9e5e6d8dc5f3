package com.laca.application.identity.service;

import com.laca.application.identity.port.in.AccountStatusQuery;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.RecentValues;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Answers whether an account may still act from answers at most a few seconds old, because deactivation ends the
 * refresh sessions at once but an access token already handed out would otherwise work until it expires.
 */
public final class AccountStatusCache implements AccountStatusQuery {

    /** One account of one clinic. */
    private record Account(TenantId tenant, UserId id) {
    }

    private final RecentValues<Account, Boolean> active;

    /**
     * @param maxAge how old an answer may be: the longest a deactivation takes to stop the account's access tokens
     */
    public AccountStatusCache(TransactionRunner tx, StaffAccountRepository accounts, Clock clock, Duration maxAge) {
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(accounts, "accounts");
        this.active = new RecentValues<>(account -> tx.inTenant(account.tenant(),
                () -> accounts.findById(account.id())).map(StaffAccount::active).orElse(false), clock, maxAge);
    }

    @Override
    public boolean isActive(TenantId tenant, UserId account) {
        return active.get(new Account(tenant, account));
    }
}
