package com.laca.adapter.inmemory.clinic;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.clinic.port.out.ReferenceDataVersion;

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
