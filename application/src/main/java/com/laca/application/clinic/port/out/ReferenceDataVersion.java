package com.laca.application.clinic.port.out;

import com.laca.application.shared.TransactionRunner;

/**
 * A per-tenant counter that every change to the data availability is computed from (clinic records, rotas, overrides,
 * time off, closures, room blocks, booking policy; never appointments) moves on in the same transaction, so a cache of
 * that data keyed by the version can never serve a stale copy; always called inside {@link TransactionRunner#inTenant}.
 */
public interface ReferenceDataVersion {

    /** The current tenant's version: 0 until its reference data first changes. */
    long current();

    /**
     * Moves the current tenant's version on by one, creating its row on the first change; safe under concurrent calls,
     * as each one is a single atomic increment in the database.
     */
    void bump();
}
