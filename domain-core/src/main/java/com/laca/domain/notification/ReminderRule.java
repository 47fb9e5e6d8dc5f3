package com.laca.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One reminder a tenant sends ahead of each appointment, e.g. "48 h before", counted on the wall clock of the
 * location: 48 h before a 10:00 appointment is 10:00 two days earlier, even when the clocks change in between (the
 * time between is then 47 or 49 hours), because that is what the client expects.
 *
 * @param before how long before the start, in whole minutes, 10 minutes to 14 days
 */
public record ReminderRule(Duration before) {

    public ReminderRule {
        Objects.requireNonNull(before, "before");
        if (before.compareTo(Duration.ofMinutes(10)) < 0 || before.compareTo(Duration.ofDays(14)) > 0
                || !before.equals(Duration.ofMinutes(before.toMinutes()))) {
            throw new IllegalArgumentException("a reminder goes whole minutes, 10 minutes to 14 days, before");
        }
    }

    public static ReminderRule hoursBefore(int hours) {
        return new ReminderRule(Duration.ofHours(hours));
    }

    /**
     * The moment this reminder is due for an appointment starting at {@code start} in {@code zone}: the start's local
     * date and time minus {@link #before}. A local time that does not exist (the hour skipped in spring) is moved on
     * by the length of the gap; one that occurs twice (the hour repeated in autumn) is taken at its first occurrence.
     */
    public Instant dueFor(Instant start, ZoneId zone) {
        return ZonedDateTime.of(start.atZone(zone).toLocalDateTime().minus(before), zone).toInstant();
    }

    /** E.g. {@code 48h} or {@code 90m}, for people reading a schedule. */
    public String label() {
        return before.toMinutes() % 60 == 0 ? before.toHours() + "h" : before.toMinutes() + "m";
    }
}
