package com.laca.domain.scheduling;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusive span of calendar dates over which a rota rule applies, so new hours can start on a chosen date without
 * rewriting history.
 *
 * @param first the first date the rule applies
 * @param last  the last date the rule applies (inclusive); {@link LocalDate#MAX} for "until further notice"
 */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date range ends before it starts: " + first + " .. " + last);
        }
    }

    /** A range that starts on {@code first} and never ends. */
    public static DateRange startingOn(LocalDate first) {
        return new DateRange(first, LocalDate.MAX);
    }

    /** A range covering every date, for rules that have always applied. */
    public static DateRange always() {
        return new DateRange(LocalDate.MIN, LocalDate.MAX);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
