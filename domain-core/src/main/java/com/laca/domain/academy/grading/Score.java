package com.laca.domain.academy.grading;

import com.laca.domain.academy.Fraction;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage as shown to people, rounded by the {@link RoundingPolicy}; pass and fail are decided on this value,
 * never on the unrounded one, so a learner shown 60.00 % never fails a 60 % pass mark.
 *
 * @param percent with exactly the policy's decimal places
 */
public record Score(BigDecimal percent) implements Comparable<Score> {

    public Score {
        Objects.requireNonNull(percent, "percent");
        int decimals = RoundingPolicy.standard().decimals();
        if (percent.scale() != decimals) {
            throw new IllegalArgumentException("a score has exactly " + decimals + " decimal places: " + percent);
        }
    }

    /** The exact percentage rounded by the standard policy. */
    public static Score of(Fraction exactPercent) {
        return new Score(RoundingPolicy.standard().round(exactPercent));
    }

    /** A percentage written with at most the policy's decimal places, e.g. {@code "59.95"}. */
    public static Score parse(String percent) {
        return new Score(new BigDecimal(percent).setScale(RoundingPolicy.standard().decimals()));
    }

    /** Whether this score reaches the pass mark: {@code score >= pass mark}. */
    public boolean passes(PassMark passMark) {
        return percent.compareTo(passMark.percent()) >= 0;
    }

    /** Whether this score is at least {@code percent} (for prerequisites and score bands). */
    public boolean isAtLeast(BigDecimal percent) {
        return this.percent.compareTo(percent) >= 0;
    }

    @Override
    public int compareTo(Score other) {
        return percent.compareTo(other.percent);
    }

    /** {@code 59.95 %}. */
    @Override
    public String toString() {
        return percent.toPlainString() + " %";
    }
}
