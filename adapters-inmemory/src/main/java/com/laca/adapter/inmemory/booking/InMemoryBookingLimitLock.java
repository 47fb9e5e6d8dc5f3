package com.laca.adapter.inmemory.booking;

import com.laca.application.booking.port.out.BookingLimitLock;

/** Needs to do nothing: the in-memory transaction runner already lets one unit of work run at a time. */
public final class InMemoryBookingLimitLock implements BookingLimitLock {

    @Override
    public void lock() {
        // every in-memory transaction already runs alone
    }
}
