package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Dates;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.scheduling.TimeRange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The date ranges and time spans of schedule requests, checked once here so every schedule resource defaults,
 * bounds and names its parameters the same way.
 *
 * @param from first local date asked about
 * @param to   last local date asked about, inclusive
 */
record Ranges(LocalDate from, LocalDate to) {

    /** Schedule lists look at most a year and a day ahead, which covers any rota or holiday plan. */
    static final int MAX_DAYS = 366;

    /** The range from optional {@code from}/{@code to} dates: today and a year on when left out. */
    static Ranges of(LocalDate from, LocalDate to, Clock clock) {
        LocalDate first = from == null ? LocalDate.now(clock) : from;
        LocalDate last = to == null ? first.plusDays(MAX_DAYS - 1L) : to;
        Dates.requireSpan(first, last, MAX_DAYS, "to");
        return new Ranges(first, last);
    }

    /** A span of real time from two instants with offsets; {@code end} must be after {@code start}. */
    static TimeRange span(String start, String end) {
        Instant first = Dates.instant(start, "start");
        Instant last = Dates.instant(end, "end");
        if (!last.isAfter(first)) {
            throw new InvalidInputException("end", "must be after start");
        }
        return new TimeRange(first, last);
    }
}
