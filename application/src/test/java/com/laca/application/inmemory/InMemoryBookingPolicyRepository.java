package com.laca.application.inmemory;

import com.laca.application.port.in.booking.BookingPolicy;
import com.laca.application.port.out.BookingPolicyRepository;

/** Keeps each tenant's booking policy in memory. */
public final class InMemoryBookingPolicyRepository implements BookingPolicyRepository {

    private static final String ONLY = "policy";

    private final TenantTable<String, BookingPolicy> table;

    public InMemoryBookingPolicyRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public BookingPolicy get() {
        return table.find(ONLY).orElse(BookingPolicy.DEFAULT);
    }

    @Override
    public void put(BookingPolicy policy) {
        table.put(ONLY, policy);
    }
}
