package com.laca.application.booking.port.out;

/**
 * Serialises, until the transaction ends, the current tenant's bookings that are counted against the booking limits:
 * bookings at different locations lock nothing in common, so without it two bookings by one client could both count
 * the same standing and together pass a limit. Taken before the booking's location and practitioner locks, and only
 * by bookings that are limited, so no lock is ever waited for in a circle.
 */
public interface BookingLimitLock {

    /** Waits for, then holds until the transaction ends, the current tenant's booking limit lock. */
    void lock();
}
