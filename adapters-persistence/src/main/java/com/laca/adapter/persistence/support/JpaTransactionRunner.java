package com.laca.adapter.persistence.support;

import com.laca.application.shared.TransactionRunner;
import com.laca.domain.shared.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs each unit of work in one resource-local transaction on a fresh entity manager bound to one tenant; on
 * PostgreSQL it also sets {@code app.tenant_id} for that transaction only, which the row-level-security policies read.
 */
public final class JpaTransactionRunner implements TransactionRunner {

    private static final String SET_TENANT = "select set_config('app.tenant_id', ?, true)";
    /** What platform transactions set, so the row-level-security policies match no tenant's rows. */
    private static final String NO_TENANT = "";

    private final JpaPersistence persistence;
    private final CurrentEntityManager current;

    public JpaTransactionRunner(JpaPersistence persistence, CurrentEntityManager current) {
        this.persistence = Objects.requireNonNull(persistence, "persistence");
        this.current = Objects.requireNonNull(current, "current");
    }

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Optional<CurrentEntityManager.Scope> running = current.scope();
        if (running.isPresent()) {
            if (!tenant.equals(running.get().tenant())) {
                throw new IllegalStateException("a transaction for another tenant or the platform is already running");
            }
            return joined(running.get(), work);
        }
        return run(tenant, work);
    }

    @Override
    public <T> T asPlatform(Supplier<T> work) {
        if (current.scope().isPresent()) {
            throw new IllegalStateException("platform work cannot run inside another transaction");
        }
        return run(null, work);
    }

    /** Nested work that fails dooms the whole transaction, so the outer work cannot commit half of a use case. */
    private static <T> T joined(CurrentEntityManager.Scope scope, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            scope.entityManager().getTransaction().setRollbackOnly();
            throw e;
        }
    }

    private <T> T run(TenantId tenant, Supplier<T> work) {
        EntityManager em = persistence.createEntityManager(tenant);
        current.bind(new CurrentEntityManager.Scope(em, tenant, persistence.isPostgreSql()));
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            // unwrap starts the database transaction now, so all of this work runs on this one connection
            Connection connection = em.unwrap(Connection.class);
            if (persistence.isPostgreSql()) {
                setRowLevelSecurityTenant(connection, tenant == null ? NO_TENANT : tenant.toString());
            }
            T result = work.get();
            if (transaction.getRollbackOnly()) {
                throw new IllegalStateException("work inside the transaction failed, so all of it was rolled back");
            }
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw PersistenceErrors.translate(e, "record", "in this transaction",
                    "the change conflicts with data stored meanwhile");
        } finally {
            current.unbind();
            em.close();
        }
    }

    /**
     * Sets the tenant for the row-level-security policies on the transaction's connection, for this transaction only.
     * The connection comes from {@code unwrap}, which begins the database transaction at once, so every statement of
     * the entity manager (reads included, with {@code eclipselink.transaction.join-existing}) runs on that connection.
     */
    private static void setRowLevelSecurityTenant(Connection connection, String tenant) {
        try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
            statement.setString(1, tenant);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the tenant for row-level security", e);
        }
    }
}
