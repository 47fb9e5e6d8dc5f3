package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.adapter.persistence.support.PersistenceErrors;
import com.laca.application.booking.port.out.BookingLimitLock;
import java.util.Objects;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Locks the tenant's own row of {@code tenants} until the transaction ends: a row every tenant has, so the first
 * bookings of a new clinic cannot race to create one. On PostgreSQL the lock is {@code FOR NO KEY UPDATE}, which
 * leaves inserts of rows referring to the tenant (clients, tokens) free to proceed.
 */
public final class JpaBookingLimitLock extends JpaRepositorySupport implements BookingLimitLock {

    private static final String POSTGRESQL = "select id from tenants where id = ?1 for no key update";
    private static final String H2 = "select id from tenants where id = ?1 for update";

    private final String lock;

    public JpaBookingLimitLock(JpaPersistence persistence, CurrentEntityManager current) {
        super(current);
        this.lock = Objects.requireNonNull(persistence, "persistence").isPostgreSql() ? POSTGRESQL : H2;
    }

    /** Native SQL, allowed per query as EclipseLink's guard for multitenant entities asks; it names the tenant. */
    @Override
    public void lock() {
        String tenant = tenant().toString();
        try {
            if (tenantEm().createNativeQuery(lock).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, HintValues.TRUE)
                    .setParameter(1, tenant).getResultList().isEmpty()) {
                throw new IllegalStateException("tenant " + tenant + " does not exist");
            }
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(e, "booking limit lock", tenant,
                    "the booking limit lock could not be taken; please try again");
        }
    }
}
