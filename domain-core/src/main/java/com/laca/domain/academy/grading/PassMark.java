package com.laca.domain.academy.grading;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The lowest shown score that passes, with no more decimal places than a score is shown with, so a pass mark can
 * never sit between two scores a learner could be shown.
 *
 * @param percent 0 to 100, normalised to the policy's decimal places
 */
public record PassMark(BigDecimal percent) {

    public PassMark {
        Objects.requireNonNull(percent, "percent");
        int decimals = RoundingPolicy.standard().decimals();
        if (percent.stripTrailingZeros().scale() > decimals) {
            throw new IllegalArgumentException("a pass mark has at most " + decimals + " decimal places: " + percent);
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a pass mark is between 0 and 100 %: " + percent);
        }
        percent = percent.setScale(decimals);
    }

    /** A pass mark written as text, e.g. {@code "60"} or {@code "62.5"}. */
    public static PassMark of(String percent) {
        return new PassMark(new BigDecimal(percent));
    }

    /** {@code 60.00 %}. */
    @Override
    public String toString() {
        return percent.toPlainString() + " %";
    }
}
