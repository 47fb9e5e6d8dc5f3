package com.laca.application.booking.port.in;

import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A day or week of the staff calendar: local dates (inclusive, at most 31 days) for one practitioner, one location,
 * or the whole clinic.
 */
public record CalendarQuery(LocalDate from, LocalDate to, Optional<PractitionerId> practitioner,
                            Optional<LocationId> location) {

    public CalendarQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(location, "location");
    }
}
