package com.laca.domain.records;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One product used in a treatment, with what a recall needs (manufacturer, batch/lot, expiry) and the doses drawn
 * from it, so "who received batch X" has an exact answer.
 *
 * @param product      the product's name, e.g. "Bocouture 50U" (1-200 characters)
 * @param manufacturer who made it (1-200 characters)
 * @param lot          its batch/lot number
 * @param expiresOn    the last day it may be used; a month-only expiry means the month's last day
 * @param doses        the doses given from it, site by site; empty for products not injected (e.g. a peel)
 */
public record ProductUse(String product, String manufacturer, LotNumber lot, LocalDate expiresOn,
                         List<SiteDose> doses) {

    private static final int MAX_NAME = 200;

    public ProductUse {
        product = Texts.singleLine(product, "product", MAX_NAME);
        manufacturer = Texts.singleLine(manufacturer, "manufacturer", MAX_NAME);
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(expiresOn, "expiresOn");
        doses = Texts.list(doses, "doses");
    }

    /** The last day of a month-only expiry as printed on most packs ("EXP 2026-03"). */
    public static LocalDate expiringEndOf(YearMonth month) {
        return month.atEndOfMonth();
    }

    /** True when the product was past its expiry on {@code date}; it may still be used on its expiry date. */
    public boolean isExpiredOn(LocalDate date) {
        return date.isAfter(expiresOn);
    }
}
