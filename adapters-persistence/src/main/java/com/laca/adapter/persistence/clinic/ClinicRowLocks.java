package com.laca.adapter.persistence.clinic;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Row locks on a location or a practitioner for the rest of the transaction, the one thing other areas' repositories
 * may ask of the clinic's tables (a booking serialises on them), so the clinic's entities stay private to it.
 */
public final class ClinicRowLocks {

    private ClinicRowLocks() {
    }

    /** Locks the location's row; false if the current tenant has no such location. */
    public static boolean lockLocation(EntityManager em, String id) {
        return em.find(LocationJpaEntity.class, id, LockModeType.PESSIMISTIC_WRITE) != null;
    }

    /** Locks the practitioner's row; false if the current tenant has no such practitioner. */
    public static boolean lockPractitioner(EntityManager em, String id) {
        return em.find(PractitionerJpaEntity.class, id, LockModeType.PESSIMISTIC_WRITE) != null;
    }
}
