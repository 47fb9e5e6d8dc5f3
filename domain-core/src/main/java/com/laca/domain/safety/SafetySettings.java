package com.laca.domain.safety;

import com.laca.domain.clinic.TreatmentCategory;
import java.time.Duration;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's safety windows and switches, so a clinic can be stricter than the defaults without code changes.
 *
 * @param screeningValidity     how long answers stay valid, counted in local dates from the day they were given
 *                              (default 6 months; the last valid day is the answer date plus this period)
 * @param reconfirmationWindow  how close before treatment the client must confirm the answers still hold (default 7
 *                              days: a confirmation on the treatment date minus 7 days still counts)
 * @param consultationValidity  how long a face-to-face prescriber consultation supports treatment (default 6 months,
 *                              last valid day = consultation date plus this period)
 * @param reflectionPeriods     minimum time between the prescriber consultation and the first treatment, per
 *                              category (default zero for toxin; categories not listed have none)
 * @param licensingEnforced     when on, a practitioner or premises without a valid licence for the category cannot
 *                              be booked for it (Health and Care Act 2022 licensing, off until the scheme starts)
 */
public record SafetySettings(Period screeningValidity, Period reconfirmationWindow, Period consultationValidity,
                             Map<TreatmentCategory, Duration> reflectionPeriods, boolean licensingEnforced) {

    private static final Period LONGEST_VALIDITY = Period.ofMonths(24);

    public SafetySettings {
        requireWithin(screeningValidity, "screeningValidity");
        requireWithin(reconfirmationWindow, "reconfirmationWindow");
        requireWithin(consultationValidity, "consultationValidity");
        Objects.requireNonNull(reflectionPeriods, "reflectionPeriods");
        reflectionPeriods.forEach((category, period) -> {
            Objects.requireNonNull(category, "reflection category");
            if (period == null || period.isNegative() || period.compareTo(Duration.ofDays(90)) > 0) {
                throw new IllegalArgumentException("reflection period for " + category + " must be 0-90 days");
            }
        });
        reflectionPeriods = reflectionPeriods.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(reflectionPeriods));
    }

    /** Six months' screening validity, reconfirmation within 7 days, six months' consultation validity, no reflection
     *  period for toxin, licensing not enforced. */
    public static SafetySettings defaults() {
        return new SafetySettings(Period.ofMonths(6), Period.ofDays(7), Period.ofMonths(6),
                Map.of(TreatmentCategory.ANTI_WRINKLE, Duration.ZERO), false);
    }

    /** The reflection period for a category; zero when the tenant set none. */
    public Duration reflectionPeriod(TreatmentCategory category) {
        return reflectionPeriods.getOrDefault(category, Duration.ZERO);
    }

    public SafetySettings withLicensingEnforced(boolean enforced) {
        return new SafetySettings(screeningValidity, reconfirmationWindow, consultationValidity, reflectionPeriods,
                enforced);
    }

    public SafetySettings withReflectionPeriod(TreatmentCategory category, Duration period) {
        Map<TreatmentCategory, Duration> periods = new EnumMap<>(TreatmentCategory.class);
        periods.putAll(reflectionPeriods);
        periods.put(category, period);
        return new SafetySettings(screeningValidity, reconfirmationWindow, consultationValidity, periods,
                licensingEnforced);
    }

    private static void requireWithin(Period period, String field) {
        Objects.requireNonNull(period, field);
        long roughDays = period.toTotalMonths() * 31 + period.getDays();
        if (period.isNegative() || period.isZero() || roughDays > LONGEST_VALIDITY.toTotalMonths() * 31) {
            throw new IllegalArgumentException(field + " must be positive and at most 24 months");
        }
    }
}
