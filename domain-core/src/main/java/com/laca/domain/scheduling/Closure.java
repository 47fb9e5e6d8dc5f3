package com.laca.domain.scheduling;

import com.laca.domain.shared.PlainText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date on which the whole tenant is closed (bank holidays, Christmas), so one entry overrides every rota.
 *
 * @param date the local date, read in each location's own time zone
 * @param name shown to staff, e.g. "Christmas Day"
 */
public record Closure(LocalDate date, String name) {

    /** The longest name of a closure. */
    public static final int NAME_MAX_LENGTH = 100;

    public Closure {
        Objects.requireNonNull(date, "date");
        name = PlainText.required(name, "name", NAME_MAX_LENGTH);
    }
}
