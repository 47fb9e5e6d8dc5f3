package com.laca.application.booking.port.in;

/**
 * Marks lapsed holds EXPIRED across all tenants, run on a schedule; booking does not depend on it (a lapsed hold
 * never blocks a slot), it keeps the calendar and reports truthful.
 */
public interface ExpireHoldsUseCase {

    /** Returns how many holds were expired. */
    int expireLapsedHolds();
}
