package com.laca.application.clinic.service;

import com.laca.application.shared.AffectedBookings;
import com.laca.domain.shared.TenantId;

/**
 * What differs between clinic record kinds: how a record is built from a draft and which references it must check;
 * everything else (permissions, transactions, locking) is shared by {@link ClinicRecordService}.
 */
interface ClinicRecordKind<T, ID, D> {

    /** The record's name in messages, e.g. "location". */
    String name();

    ID newId();

    /** Builds the record; runs inside the tenant's transaction so it may look up the tenant's other records. */
    T build(TenantId tenant, ID id, D draft, long version);

    /**
     * Refuses (or, when kept, logs) a change from {@code before} to {@code after} that would break future bookings;
     * runs inside the tenant's transaction. Kinds whose changes cannot break a booking leave it empty.
     */
    default void guardBookings(TenantId tenant, T before, T after, AffectedBookings affected) {
    }
}
