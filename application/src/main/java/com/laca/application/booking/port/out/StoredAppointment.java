package com.laca.application.booking.port.out;

import com.laca.domain.booking.Appointment;
import java.util.Objects;

/**
 * An appointment as stored, with the optimistic-locking version the aggregate itself does not carry, so a change made
 * from a stale read is refused.
 *
 * @param version counted from 0 for a new appointment
 */
public record StoredAppointment(Appointment appointment, long version) {

    public StoredAppointment {
        Objects.requireNonNull(appointment, "appointment");
    }
}
