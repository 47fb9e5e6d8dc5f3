package com.laca.application.notification.port.in;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * When a clinic's messages go: how long news of a change staff made waits (so a change undone at once is never
 * seen) and how long before each appointment its reminders go, on the location's wall clock.
 *
 * @param clinicChangeDelay 0 to 60 minutes
 * @param remindersBefore   up to five, each 10 minutes to 14 days in whole minutes, all different; empty for none
 */
public record NotificationTiming(Duration clinicChangeDelay, List<Duration> remindersBefore) {

    public NotificationTiming {
        Objects.requireNonNull(clinicChangeDelay, "clinicChangeDelay");
        remindersBefore = List.copyOf(Objects.requireNonNull(remindersBefore, "remindersBefore"));
    }
}
