package com.laca.domain.scheduling;

import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;

/**
 * One line of a practitioner's weekly rota at one location (e.g. Mondays 09:00–12:00 and 13:00–17:00 from 1 June),
 * because practitioners split their week between clinics and take lunch breaks.
 *
 * <p>When several rules for the same practitioner, location and weekday cover a date, the one whose validity starts
 * latest wins, so "new hours from 1 January" is a new rule rather than an edit of the old one.
 *
 * @param practitioner who works these hours
 * @param location     where
 * @param day          which weekday
 * @param windows      the working windows of that day in the location's wall-clock time; touching windows are joined
 * @param validity     the dates on which this rule applies
 */
public record WorkingHours(PractitionerId practitioner, LocationId location, DayOfWeek day, List<TimeWindow> windows,
                           DateRange validity) {

    public WorkingHours {
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(validity, "validity");
        windows = TimeWindow.normalise(Objects.requireNonNull(windows, "windows"));
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("a working-hours rule needs at least one window; omit the rule instead");
        }
    }
}
