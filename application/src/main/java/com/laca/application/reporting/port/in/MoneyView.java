package com.laca.application.reporting.port.in;

import com.laca.domain.reporting.MoneyFigures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The owner's money view: one line per day or month and the total of the whole range, so a screen can show both
 * without adding up money itself.
 *
 * @param zone     the zone the dates were read in
 * @param currency the clinic's currency
 * @param lines    one per day or month, in order
 * @param total    the whole range (its deposits held are those at the range's end)
 */
public record MoneyView(ZoneId zone, String currency, List<Line> lines, MoneyFigures total) {

    public MoneyView {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
    }

    /**
     * One day or month.
     *
     * @param from    its first local date
     * @param to      its last local date, inclusive (clipped to the range asked for)
     * @param figures its money
     */
    public record Line(LocalDate from, LocalDate to, MoneyFigures figures) {
    }
}
