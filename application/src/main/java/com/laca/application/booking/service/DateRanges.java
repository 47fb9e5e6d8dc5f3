package com.laca.application.booking.service;

import com.laca.application.shared.InvalidInputException;
import com.laca.domain.scheduling.AvailabilityQuery;
import com.laca.domain.scheduling.TimeRange;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Checks the local-date ranges clients and staff ask for, and turns them into real time in a location's zone. */
final class DateRanges {

    private DateRanges() {
    }

    /** Refuses a reversed range or one longer than {@code maxDays}, naming the field at fault. */
    static void requireValid(LocalDate from, LocalDate to, int maxDays) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
            throw new InvalidInputException("to", "must be at most " + maxDays + " days after from, counted inclusively");
        }
    }

    /** Refuses a range the availability engine would refuse, i.e. reversed or over 31 days. */
    static void requireListable(LocalDate from, LocalDate to) {
        requireValid(from, to, AvailabilityQuery.MAX_DAYS);
    }

    /** From the first moment of {@code from} to the first moment after {@code to}, in the zone. */
    static TimeRange span(LocalDate from, LocalDate to, ZoneId zone) {
        return new TimeRange(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
