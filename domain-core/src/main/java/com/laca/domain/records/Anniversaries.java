package com.laca.domain.records;

import java.time.LocalDate;
import java.time.Period;

/**
 * Birthdays and ages as retention counts them, so that someone born on 29 February turns a year older on 1 March in
 * common years: the later of the two possible readings, which never purges a record a day early.
 */
final class Anniversaries {

    private Anniversaries() {
    }

    /** The date on which a person born on {@code dateOfBirth} reaches {@code years} years of age. */
    static LocalDate birthday(LocalDate dateOfBirth, int years) {
        return anniversary(dateOfBirth, years);
    }

    /** The same day and month {@code years} later; 29 February falls on 1 March in a common year. */
    static LocalDate anniversary(LocalDate date, int years) {
        LocalDate candidate = date.plusYears(years);
        return candidate.getDayOfMonth() == date.getDayOfMonth() ? candidate : candidate.plusDays(1);
    }

    /** Age in whole years on {@code date}; agrees with {@link #birthday} for 29 February births. */
    static int ageOn(LocalDate dateOfBirth, LocalDate date) {
        if (date.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("date " + date + " is before the date of birth");
        }
        return Period.between(dateOfBirth, date).getYears();
    }
}
