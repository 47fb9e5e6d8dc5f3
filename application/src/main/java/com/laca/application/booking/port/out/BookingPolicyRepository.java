package com.laca.application.booking.port.out;

import com.laca.domain.booking.BookingPolicy;

/** Stores the current tenant's booking terms; a clinic that never set them has {@link BookingPolicy#DEFAULT}. */
public interface BookingPolicyRepository {

    /** The tenant's policy, or the default. */
    BookingPolicy get();

    /** Stores the tenant's policy, replacing any earlier one. */
    void put(BookingPolicy policy);
}
