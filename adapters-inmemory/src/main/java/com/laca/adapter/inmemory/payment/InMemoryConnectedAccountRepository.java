package com.laca.adapter.inmemory.payment;

import com.laca.adapter.inmemory.shared.InMemoryTable;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.payment.port.out.ConnectedAccountRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.shared.TenantId;

import java.util.Optional;

/** Each tenant's processor account, one account per tenant as in the database. */
public final class InMemoryConnectedAccountRepository implements ConnectedAccountRepository {

    private final InMemoryTable<TenantId, ConnectedAccountId> rows;

    InMemoryConnectedAccountRepository(InMemoryTransactionRunner tx) {
        this.rows = tx.newTable();
    }

    @Override
    public Optional<ConnectedAccountId> find(TenantId tenant) {
        return rows.get(tenant);
    }

    @Override
    public void save(TenantId tenant, ConnectedAccountId account) {
        if (rows.entries().anyMatch(e -> e.getValue().equals(account) && !e.getKey().equals(tenant))) {
            throw new ConflictException("the account belongs to another tenant");
        }
        rows.put(tenant, account);
    }
}
