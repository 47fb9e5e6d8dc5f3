package com.laca.adapter.inmemory.identity;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps the tenant's staff accounts in memory, one account per e-mail address within a tenant. */
public final class InMemoryStaffAccountRepository implements StaffAccountRepository {

    private final TenantTable<UserId, StaffAccount> table;

    public InMemoryStaffAccountRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public Optional<StaffAccount> findByEmail(EmailAddress email) {
        return table.values().filter(a -> a.email().equals(email)).findFirst();
    }

    @Override
    public Optional<StaffAccount> findById(UserId id) {
        return table.find(id);
    }

    @Override
    public List<StaffAccount> listAll() {
        return table.values().sorted(Comparator.comparing(a -> a.email().value())).toList();
    }

    /** Transactions in memory already run one at a time (InMemoryTransactionRunner), so nothing more to lock. */
    @Override
    public List<StaffAccount> listAllForUpdate() {
        return listAll();
    }

    @Override
    public void insert(StaffAccount account) {
        requireCurrentTenant(account);
        if (table.find(account.id()).isPresent() || findByEmail(account.email()).isPresent()) {
            throw new ConflictException("the e-mail address " + account.email() + " already has an account");
        }
        table.put(account.id(), account);
    }

    @Override
    public void update(StaffAccount account) {
        requireCurrentTenant(account);
        if (table.find(account.id()).isEmpty()) {
            throw new NotFoundException("staff account", account.id());
        }
        if (findByEmail(account.email()).filter(other -> !other.id().equals(account.id())).isPresent()) {
            throw new ConflictException("the e-mail address " + account.email() + " already has an account");
        }
        table.put(account.id(), account);
    }

    /** What the composite foreign keys do in the database: tokens must belong to this tenant's own accounts. */
    void requireExists(UserId id) {
        if (table.find(id).isEmpty()) {
            throw new ConflictException("no staff account " + id + " in this clinic");
        }
    }

    private void requireCurrentTenant(StaffAccount account) {
        if (!account.tenantId().equals(table.tenant())) {
            throw new IllegalArgumentException("the record belongs to another tenant than the transaction");
        }
    }
}
