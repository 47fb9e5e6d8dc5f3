package com.laca.domain.safety;

import com.laca.domain.clinic.TreatmentCategory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A practitioner's or premises' licence for cosmetic procedures (Health and Care Act 2022, s.180), kept now so the
 * clinic is ready when its local authority starts licensing and a tenant switches enforcement on.
 *
 * @param number              the licence number
 * @param tier                the tier it was issued at
 * @param expiresOn           the last day it is valid
 * @param insuranceExpiresOn  the last day the indemnity insurance it relies on is valid
 * @param covers              the categories it licenses
 */
public record Licence(String number, LicenceTier tier, LocalDate expiresOn, LocalDate insuranceExpiresOn,
                      Set<TreatmentCategory> covers) {

    public Licence {
        if (number == null || number.isBlank() || number.length() > 60) {
            throw new IllegalArgumentException("licence number must be 1-60 characters");
        }
        number = number.strip();
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(insuranceExpiresOn, "insuranceExpiresOn");
        if (covers == null || covers.isEmpty()) {
            throw new IllegalArgumentException("a licence covers at least one category");
        }
        covers = Set.copyOf(EnumSet.copyOf(covers));
    }

    /** Whether it licenses the category on the date: covered, not expired, insurance not expired (both inclusive). */
    public boolean isValidFor(TreatmentCategory category, LocalDate date) {
        return covers.contains(category) && !date.isAfter(expiresOn) && !date.isAfter(insuranceExpiresOn);
    }
}
