package com.laca.application.booking.port.out;

import com.laca.domain.scheduling.BookingGate;

/**
 * What a booking asks the clinical-safety area before it takes a slot: the gate the one booking check applies to each
 * practitioner. The safety area implements it (safety may read booking, never the reverse), so booking stays ignorant
 * of questionnaires, prescribers and the law while no booking path can skip them.
 */
@FunctionalInterface
public interface BookingSafetyGateway {

    /** No safety gate: for embedders and tests of the calendar alone. */
    BookingSafetyGateway NONE = request -> BookingGate.NONE;

    /**
     * The gate for one client and treatment at one location, with the client's facts loaded once, inside the booking's
     * transaction and before anything is written.
     */
    BookingGate gateFor(SafetyGateRequest request);
}
