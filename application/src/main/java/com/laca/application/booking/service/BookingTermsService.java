package com.laca.application.booking.service;

import com.laca.application.booking.port.in.BookingTermsQuery;
import com.laca.application.booking.port.out.BookingPolicyRepository;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.booking.BookingPolicy;
import com.laca.domain.shared.TenantId;
import java.util.Objects;

/** Tells the public booking page the clinic's cancellation terms, so a client sees them before committing. */
public final class BookingTermsService implements BookingTermsQuery {

    private final TransactionRunner tx;
    private final BookingPolicyRepository policies;

    public BookingTermsService(TransactionRunner tx, BookingPolicyRepository policies) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    @Override
    public BookingPolicy terms(TenantId tenant) {
        return tx.inTenant(tenant, policies::get);
    }
}
