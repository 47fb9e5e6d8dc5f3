package com.laca.domain.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The hours of the night when no reminder buzzes a client's phone, in the location's wall-clock time; a reminder
 * due inside them goes earlier, at their start, rather than late.
 *
 * <p>The quiet period lies strictly between {@code from} and {@code until} (it may span midnight, e.g. 21:00 to
 * 08:00), so a reminder due at exactly 21:00 or 08:00 goes at that time.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (from.equals(until)) {
            throw new IllegalArgumentException("quiet hours must start and end at different times");
        }
    }

    /** From 21:00 to 08:00. */
    public static QuietHours standard() {
        return new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
    }

    /** Whether the wall-clock time lies inside the quiet period. */
    public boolean contains(LocalTime time) {
        return from.isBefore(until)
                ? time.isAfter(from) && time.isBefore(until)
                : time.isAfter(from) || time.isBefore(until);
    }

    /** {@code moment} itself when it is outside the quiet period, else the start of the quiet period it is in. */
    public Instant latestAllowedAtOrBefore(Instant moment, ZoneId zone) {
        ZonedDateTime local = moment.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return moment;
        }
        LocalDate day = local.toLocalTime().isAfter(from) ? local.toLocalDate() : local.toLocalDate().minusDays(1);
        return ZonedDateTime.of(day, from, zone).toInstant();
    }
}
