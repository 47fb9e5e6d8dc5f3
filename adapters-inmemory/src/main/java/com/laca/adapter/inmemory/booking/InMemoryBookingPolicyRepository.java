package com.laca.adapter.inmemory.booking;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.booking.port.out.BookingPolicyRepository;
import com.laca.domain.booking.BookingPolicy;

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
