package com.laca.application.inmemory;

import com.laca.application.port.out.ReferenceDataVersion;

/** Keeps each tenant's reference data version in memory, rolled back with the transaction like the database's row. */
public final class InMemoryReferenceDataVersion implements ReferenceDataVersion {

    private static final String ONLY = "version";

    private final TenantTable<String, Long> table;

    public InMemoryReferenceDataVersion(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public long current() {
        return table.find(ONLY).orElse(0L);
    }

    @Override
    public void bump() {
        table.put(ONLY, current() + 1);
    }
}
