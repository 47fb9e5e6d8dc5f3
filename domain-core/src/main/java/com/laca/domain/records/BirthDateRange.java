package com.laca.domain.records;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The dates of birth a date typed in a search stands for: "1990" is the whole year, "1990-04" the month,
 * "1990-04-15" one day; a range, so the database answers it from an index.
 *
 * @param first the first date (inclusive)
 * @param last  the last date (inclusive)
 */
public record BirthDateRange(LocalDate first, LocalDate last) {

    public BirthDateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date range ends before it starts");
        }
    }

    /** One day. */
    public static BirthDateRange on(LocalDate date) {
        return new BirthDateRange(date, date);
    }

    /** A whole month. */
    public static BirthDateRange in(YearMonth month) {
        return new BirthDateRange(month.atDay(1), month.atEndOfMonth());
    }

    /** A whole year. */
    public static BirthDateRange in(Year year) {
        return new BirthDateRange(year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
