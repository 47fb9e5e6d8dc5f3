package com.laca.domain.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A request to list offered slots over a range of local dates, with "now" passed in because the domain never reads
 * the clock.
 *
 * @param from         the first local date, in the location's zone
 * @param to           the last local date (inclusive); at most {@value #MAX_DAYS} days after {@code from}, counted
 *                     inclusively, because a longer listing is never shown and would only cost time
 * @param practitioner whom the client asked for
 * @param now          the current instant, for minimum notice and maximum advance
 */
public record AvailabilityQuery(LocalDate from, LocalDate to, PractitionerChoice practitioner, Instant now) {

    /** The longest range one query may cover; callers validate user input against it before building a query. */
    public static final int MAX_DAYS = 31;

    public AvailabilityQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(now, "now");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + " .. " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("range longer than " + MAX_DAYS + " days: " + from + " .. " + to);
        }
    }
}
