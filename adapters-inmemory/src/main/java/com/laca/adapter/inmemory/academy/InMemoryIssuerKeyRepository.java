package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.academy.port.out.IssuerKey;
import com.laca.application.academy.port.out.IssuerKeyRepository;
import java.util.Optional;

/** Keeps each tenant's credential-signing key in memory, one per tenant; transactions run one at a time, so no race. */
public final class InMemoryIssuerKeyRepository implements IssuerKeyRepository {

    /** The one row a tenant has. */
    private enum Slot { THE_KEY }

    private final TenantTable<Slot, IssuerKey> table;

    public InMemoryIssuerKeyRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public Optional<IssuerKey> find() {
        return table.find(Slot.THE_KEY);
    }

    @Override
    public IssuerKey addIfAbsent(IssuerKey candidate) {
        return find().orElseGet(() -> {
            table.put(Slot.THE_KEY, candidate);
            return candidate;
        });
    }
}
