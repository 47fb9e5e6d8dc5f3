package com.laca.domain.academy.grading;

import com.laca.domain.academy.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The academy's one rounding step, named so there is exactly one place a grade is rounded: marks, totals and averages
 * are exact fractions until a percentage is shown, and the value shown is the value compared with the pass mark.
 */
public enum RoundingPolicy {

    /**
     * The exact percentage rounded once, half up, to two decimal places: 59.944… shows 59.94, 59.945 shows 59.95
     * (which fails a 60 % pass mark), 59.995 shows 60.00 (which passes it). Below zero, half up rounds away from zero.
     */
    HALF_UP_TWO_DECIMALS(2, RoundingMode.HALF_UP);

    private final int decimals;
    private final RoundingMode mode;

    RoundingPolicy(int decimals, RoundingMode mode) {
        this.decimals = decimals;
        this.mode = mode;
    }

    /** The policy every grade in the academy uses. */
    public static RoundingPolicy standard() {
        return HALF_UP_TWO_DECIMALS;
    }

    /** The decimal places a percentage is shown with. */
    public int decimals() {
        return decimals;
    }

    /** The exact percentage, rounded the one time it ever is. */
    public BigDecimal round(Fraction exactPercent) {
        return exactPercent.toDecimal(decimals, mode);
    }
}
