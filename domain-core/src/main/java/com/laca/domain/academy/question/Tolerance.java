package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import java.util.Objects;

/**
 * How far a numeric answer may be from the right value and still be right; both bounds are inclusive, so an answer
 * exactly on the edge of the tolerance is right.
 */
public sealed interface Tolerance {

    /** Whether {@code given} is close enough to {@code expected}. */
    boolean allows(Fraction given, Fraction expected);

    /** Only the exact value is right. */
    static Tolerance exact() {
        return new Absolute(Fraction.ZERO);
    }

    /**
     * Right within a fixed amount either side, e.g. ±0.1 units.
     *
     * @param amount not negative, in the question's principal unit
     */
    record Absolute(Fraction amount) implements Tolerance {

        public Absolute {
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("a tolerance cannot be negative: " + amount);
            }
        }

        @Override
        public boolean allows(Fraction given, Fraction expected) {
            Fraction difference = given.minus(expected);
            return (difference.isNegative() ? difference.negate() : difference).compareTo(amount) <= 0;
        }
    }

    /**
     * Right within a share of the right value either side, e.g. 5 % as 1/20.
     *
     * @param share between 0 and 1
     */
    record Relative(Fraction share) implements Tolerance {

        public Relative {
            Objects.requireNonNull(share, "share");
            if (share.isNegative() || share.compareTo(Fraction.ONE) > 0) {
                throw new IllegalArgumentException("a relative tolerance must be between 0 and 1: " + share);
            }
        }

        @Override
        public boolean allows(Fraction given, Fraction expected) {
            Fraction size = expected.isNegative() ? expected.negate() : expected;
            return new Absolute(size.times(share)).allows(given, expected);
        }
    }
}
