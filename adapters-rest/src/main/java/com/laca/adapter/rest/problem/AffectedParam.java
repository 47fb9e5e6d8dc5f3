package com.laca.adapter.rest.problem;

import com.laca.application.shared.AffectedBookings;
import com.laca.application.shared.InvalidInputException;

/** Reads {@code ?affected=}: absent refuses a change that breaks bookings, {@code keep} keeps them. */
public final class AffectedParam {

    private AffectedParam() {
    }

    public static AffectedBookings parse(String value) {
        if (value == null || value.isBlank()) {
            return AffectedBookings.REFUSE;
        }
        if ("keep".equals(value)) {
            return AffectedBookings.KEEP;
        }
        throw new InvalidInputException("affected", "must be keep when given");
    }
}
