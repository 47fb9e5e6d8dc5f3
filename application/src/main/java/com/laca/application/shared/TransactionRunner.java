package com.laca.application.shared;

import com.laca.domain.shared.TenantId;
import java.util.function.Supplier;

/**
 * Runs work in one database transaction bound to one tenant, so every query inside sees only that tenant's rows and a
 * use case can keep slow external calls (Stripe, SMTP) visibly outside the transaction.
 */
public interface TransactionRunner {

    /**
     * Runs the work in a transaction scoped to the tenant; commits on return, rolls back on any exception. Called
     * again inside such work for the same tenant, it joins the running transaction, so use cases compose atomically;
     * nesting for another tenant or inside platform work is a programming error.
     */
    <T> T inTenant(TenantId tenant, Supplier<T> work);

    /** Runs platform-level work (tenants, sign-in throttling) in a transaction that can see no tenant's rows. */
    <T> T asPlatform(Supplier<T> work);
}
