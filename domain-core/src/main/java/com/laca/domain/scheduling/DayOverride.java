package com.laca.domain.scheduling;

import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Replaces a practitioner's weekly rota at one location on one date, because real weeks have extra evening clinics
 * and days the practitioner is simply not in.
 *
 * @param practitioner whose day changes
 * @param location     where
 * @param date         the local date affected
 * @param windows      the only windows worked that day; empty means not working at this location that day
 */
public record DayOverride(PractitionerId practitioner, LocationId location, LocalDate date, List<TimeWindow> windows) {

    public DayOverride {
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(date, "date");
        windows = TimeWindow.normalise(Objects.requireNonNull(windows, "windows"));
    }

    /** The practitioner does not work at this location on {@code date}. */
    public static DayOverride closed(PractitionerId practitioner, LocationId location, LocalDate date) {
        return new DayOverride(practitioner, location, date, List.of());
    }
}
