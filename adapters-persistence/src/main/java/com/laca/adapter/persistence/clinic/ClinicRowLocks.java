package com.laca.adapter.persistence.clinic;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.sessions.Session;

/**
 * Row locks on a location or a practitioner for the rest of the transaction, the one thing other areas' repositories
 * may ask of the clinic's tables (a booking serialises on them), so the clinic's entities stay private to it. On
 * PostgreSQL the lock is {@code FOR NO KEY UPDATE}: it excludes every other booking's lock on the row as
 * {@code FOR UPDATE} would, but not the key-share lock with which PostgreSQL checks a new appointment's foreign key, so
 * a booking that needs no room at a location never waits for one that holds the location's lock for its rooms.
 */
public final class ClinicRowLocks {

    private ClinicRowLocks() {
    }

    /** Locks the location's row; false if the current tenant has no such location. */
    public static boolean lockLocation(EntityManager em, String tenant, String id) {
        return lock(em, LocationJpaEntity.class, "locations", tenant, id);
    }

    /** Locks the practitioner's row; false if the current tenant has no such practitioner. */
    public static boolean lockPractitioner(EntityManager em, String tenant, String id) {
        return lock(em, PractitionerJpaEntity.class, "practitioners", tenant, id);
    }

    /** Native SQL on PostgreSQL, allowed per query as EclipseLink's guard for multitenant entities asks. */
    private static boolean lock(EntityManager em, Class<?> entity, String table, String tenant, String id) {
        if (!em.unwrap(Session.class).getDatasourcePlatform().isPostgreSQL()) {
            return em.find(entity, id, LockModeType.PESSIMISTIC_WRITE) != null;
        }
        return !em.createNativeQuery("select id from " + table + " where tenant_id = ?1 and id = ?2 for no key update")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, HintValues.TRUE)
                .setParameter(1, tenant).setParameter(2, id).getResultList().isEmpty();
    }
}
