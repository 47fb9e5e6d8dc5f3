package com.laca.domain.scheduling;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date on which the whole tenant is closed (bank holidays, Christmas), so one entry overrides every rota.
 *
 * @param date the local date, read in each location's own time zone
 * @param name shown to staff, e.g. "Christmas Day"
 */
public record Closure(LocalDate date, String name) {

    public Closure {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
