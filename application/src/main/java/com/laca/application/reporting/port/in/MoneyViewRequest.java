package com.laca.application.reporting.port.in;

import com.laca.domain.shared.LocationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which money the owner asks to see.
 *
 * @param from     the first local date
 * @param to       the last local date, inclusive
 * @param location one location, or the whole clinic
 * @param by       a line per day or per month
 */
public record MoneyViewRequest(LocalDate from, LocalDate to, Optional<LocationId> location, Granularity by) {

    /** How the lines of the view are cut. */
    public enum Granularity {
        DAY,
        MONTH
    }

    public MoneyViewRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(by, "by");
    }
}
