package com.laca.adapter.inmemory.booking;

import com.laca.application.booking.port.out.BookingLimitLock;
import com.laca.domain.booking.ClientIdentity;
import java.util.Optional;

/** Needs to do nothing: the in-memory transaction runner already lets one unit of work run at a time. */
public final class InMemoryBookingLimitLock implements BookingLimitLock {

    @Override
    public void lock(Optional<ClientIdentity> client, Optional<String> originKey) {
        // every in-memory transaction already runs alone
    }
}
