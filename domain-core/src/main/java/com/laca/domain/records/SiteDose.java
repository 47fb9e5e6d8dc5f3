package com.laca.domain.records;

import java.util.Objects;

/**
 * One dose of one product at one site and side, the line of a treatment chart.
 *
 * @param site where
 * @param side which side, or the whole area
 * @param dose how much
 */
public record SiteDose(InjectionSite site, Side side, Dose dose) {

    public SiteDose {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(dose, "dose");
    }
}
