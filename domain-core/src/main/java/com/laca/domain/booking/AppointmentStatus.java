package com.laca.domain.booking;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appointment is in its life, with the legal next steps written next to each state so the state machine is
 * readable in one place.
 */
public enum AppointmentStatus {
    /** Reserved for a few minutes while the client pays the deposit; lapses by itself. */
    HELD,
    /** Booked and paid (or booked by staff without a deposit). */
    CONFIRMED,
    /** The client has arrived. */
    CHECKED_IN,
    /** The treatment took place. */
    COMPLETED,
    /** Called off before it started. */
    CANCELLED,
    /** The client did not come. */
    NO_SHOW,
    /** The hold lapsed before the deposit was paid. */
    EXPIRED;

    /** The states this one may move to. */
    public Set<AppointmentStatus> next() {
        return switch (this) {
            case HELD -> EnumSet.of(CONFIRMED, CANCELLED, EXPIRED);
            case CONFIRMED -> EnumSet.of(CHECKED_IN, CANCELLED, NO_SHOW);
            case CHECKED_IN -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED, NO_SHOW, EXPIRED -> EnumSet.noneOf(AppointmentStatus.class);
        };
    }

    public boolean canMoveTo(AppointmentStatus target) {
        return next().contains(target);
    }

    /** True for the states that keep the practitioner's and resources' time taken. */
    public boolean occupiesTime() {
        return this == HELD || this == CONFIRMED || this == CHECKED_IN || this == COMPLETED;
    }

    /** True when nothing can happen to the appointment any more. */
    public boolean isFinal() {
        return next().isEmpty();
    }
}
