package com.laca.application.booking.port.out;

import com.laca.domain.booking.ClientIdentity;
import java.util.Optional;

/**
 * Serialises, until the transaction ends, the current tenant's limited bookings that count the same standing: one
 * client's (by the identity rule) or one network address's. Bookings at different locations lock nothing else in
 * common, so without it two bookings by one client could both count the same standing and together pass a limit;
 * bookings by other clients from other addresses need not wait for them. Taken before the booking's location and
 * practitioner locks, and only by bookings that are limited, so no lock is ever waited for in a circle.
 */
public interface BookingLimitLock {

    /**
     * Waits for, then holds until the transaction ends, the current tenant's limit locks on the client and on the
     * network address, each when given (when the booking's check counts it); nothing when neither is. An adapter may
     * lock more (the whole tenant), never less.
     *
     * @param client    the client as the limits count them
     * @param originKey the key the booking's network address is counted by
     */
    void lock(Optional<ClientIdentity> client, Optional<String> originKey);
}
