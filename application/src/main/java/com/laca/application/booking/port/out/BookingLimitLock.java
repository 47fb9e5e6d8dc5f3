package com.laca.application.booking.port.out;

import com.laca.domain.booking.ClientIdentity;
import java.util.Optional;

/**
 * Serialises, until the transaction ends, the current tenant's bookings that count or change the same standing:
 * one client's (by the identity rule: every new booking takes it, since the client's overlap check and the
 * creation of their record rely on it as much as their limits do) or one network address's (when a limit on it
 * applies). Bookings of one clinic lock nothing else in common unless they compete for the same practitioner or
 * rooms, so without it two bookings by one client could both pass a limit or the overlap check; bookings by other
 * clients from other addresses need not wait for them. Taken before the booking's location and practitioner locks, so
 * no lock is ever waited for in a circle.
 */
public interface BookingLimitLock {

    /**
     * Waits for, then holds until the transaction ends, the current tenant's locks on the client and on the network
     * address, each when given; nothing when neither is. An adapter may lock more (the whole tenant), never less.
     *
     * @param client    the client as the limits count them
     * @param originKey the key the booking's network address is counted by
     */
    void lock(Optional<ClientIdentity> client, Optional<String> originKey);
}
