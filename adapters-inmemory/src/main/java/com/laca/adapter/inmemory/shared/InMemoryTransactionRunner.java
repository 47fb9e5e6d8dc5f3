package com.laca.adapter.inmemory.shared;

import com.laca.application.shared.TransactionRunner;
import com.laca.domain.shared.TenantId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs work one transaction at a time under a single lock, with the real runner's nesting rules, and puts every table
 * back as it was when the work fails, so tests see commit and rollback as they would with a database.
 */
public final class InMemoryTransactionRunner implements TransactionRunner {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<InMemoryTable<?, ?>> tables = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Scope> current = new ThreadLocal<>();

    /** The running transaction: its tenant ({@code null} for platform work) and the failure of nested work, if any. */
    private static final class Scope {
        private final TenantId tenant;
        private RuntimeException nestedFailure;

        private Scope(TenantId tenant) {
            this.tenant = tenant;
        }
    }

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Scope running = current.get();
        if (running != null) {
            if (!tenant.equals(running.tenant)) {
                throw new IllegalStateException("a transaction for another tenant or the platform is already running");
            }
            try {
                return work.get();
            } catch (RuntimeException e) {
                running.nestedFailure = e;
                throw e;
            }
        }
        return run(new Scope(tenant), work);
    }

    @Override
    public <T> T asPlatform(Supplier<T> work) {
        if (current.get() != null) {
            throw new IllegalStateException("platform work cannot run inside another transaction");
        }
        return run(new Scope(null), work);
    }

    private <T> T run(Scope scope, Supplier<T> work) {
        lock.lock();
        List<Runnable> restores = tables.stream().map(InMemoryTable::snapshot).toList();
        current.set(scope);
        try {
            T result = work.get();
            if (scope.nestedFailure != null) {
                throw new IllegalStateException("work inside the transaction failed, so all of it was rolled back",
                        scope.nestedFailure);
            }
            return result;
        } catch (RuntimeException e) {
            restores.forEach(Runnable::run);
            throw e;
        } finally {
            current.remove();
            lock.unlock();
        }
    }

    /** The running transaction's tenant; tenant-owned tables cannot be used in platform work. */
    public TenantId tenant() {
        TenantId tenant = requireScope().tenant;
        if (tenant == null) {
            throw new IllegalStateException("tenant-owned records can only be used in TransactionRunner.inTenant");
        }
        return tenant;
    }

    public void requireTransaction() {
        requireScope();
    }

    /** A new table whose rows this runner restores when a transaction fails. */
    public <K, V> InMemoryTable<K, V> newTable() {
        InMemoryTable<K, V> table = new InMemoryTable<>(this);
        tables.add(table);
        return table;
    }

    private Scope requireScope() {
        Scope scope = current.get();
        if (scope == null) {
            throw new IllegalStateException("repositories can only be used inside the TransactionRunner");
        }
        return scope;
    }
}
