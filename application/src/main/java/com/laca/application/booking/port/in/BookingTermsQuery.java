package com.laca.application.booking.port.in;

import com.laca.domain.booking.BookingPolicy;
import com.laca.domain.shared.TenantId;

/** A clinic's booking terms as a client sees them before booking: how long before the start cancelling is free. */
public interface BookingTermsQuery {

    /** The terms of a tenant already resolved from its slug; the defaults when the clinic set none. */
    BookingPolicy terms(TenantId tenant);
}
