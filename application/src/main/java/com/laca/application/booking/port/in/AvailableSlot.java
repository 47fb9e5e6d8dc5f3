package com.laca.application.booking.port.in;

import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One bookable start time at one location and the practitioners who could take it; {@code offset} is the location's
 * UTC offset at that instant, so clients can show local time correctly on clock-change days.
 */
public record AvailableSlot(LocationId location, Instant start, Instant end, ZoneOffset offset,
                            List<PractitionerId> practitioners) {

    public AvailableSlot {
        practitioners = List.copyOf(practitioners);
    }

    /** The start as local wall-clock time with its offset, e.g. {@code 2026-10-25T01:30+01:00}. */
    public OffsetDateTime localStart() {
        return start.atOffset(offset);
    }
}
