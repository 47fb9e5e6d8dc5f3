package com.laca.adapter.rest.booking;

import com.laca.application.booking.port.in.AffectedBookings;
import com.laca.application.shared.InvalidInputException;

/** Reads {@code ?affected=}: absent refuses a change that breaks bookings, {@code keep} keeps them. */
final class AffectedParam {

    private AffectedParam() {
    }

    static AffectedBookings parse(String value) {
        if (value == null || value.isBlank()) {
            return AffectedBookings.REFUSE;
        }
        if ("keep".equals(value)) {
            return AffectedBookings.KEEP;
        }
        throw new InvalidInputException("affected", "must be keep when given");
    }
}
