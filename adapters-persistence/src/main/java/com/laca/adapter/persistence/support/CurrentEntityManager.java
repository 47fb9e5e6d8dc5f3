package com.laca.adapter.persistence.support;

import com.laca.domain.shared.TenantId;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * The entity manager of the transaction running on this thread, shared by the runner that opens it and the
 * repositories that use it, so a repository can never open an entity manager (and pick a tenant) of its own.
 */
public final class CurrentEntityManager {

    private final ThreadLocal<Scope> current = new ThreadLocal<>();

    /**
     * The running transaction's entity manager, its tenant ({@code null} for platform work) and whether the database is
     * PostgreSQL ({@link JpaPersistence#isPostgreSql}), for the queries that are written for one database or the other.
     */
    record Scope(EntityManager entityManager, TenantId tenant, boolean postgreSql) {
    }

    Optional<Scope> scope() {
        return Optional.ofNullable(current.get());
    }

    void bind(Scope scope) {
        current.set(scope);
    }

    void unbind() {
        current.remove();
    }

    /** The entity manager for platform tables; any transaction will do, since they carry no tenant. */
    EntityManager entityManager() {
        return requireScope().entityManager();
    }

    /** The entity manager for tenant-owned tables; guards against reaching them from platform work. */
    EntityManager tenantEntityManager() {
        tenant();
        return requireScope().entityManager();
    }

    /** Whether the running transaction's database is PostgreSQL. */
    boolean postgreSql() {
        return requireScope().postgreSql();
    }

    /** The tenant of the running transaction. */
    TenantId tenant() {
        TenantId tenant = requireScope().tenant();
        if (tenant == null) {
            throw new IllegalStateException("tenant-owned records can only be used in TransactionRunner.inTenant");
        }
        return tenant;
    }

    private Scope requireScope() {
        Scope scope = current.get();
        if (scope == null) {
            throw new IllegalStateException("repositories can only be used inside the TransactionRunner");
        }
        return scope;
    }
}
