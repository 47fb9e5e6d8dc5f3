package com.laca.domain.academy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, so that partial credit such as "2 of 3 pairs" or "100 units in 3 ml" is never rounded
 * before the one rounding step a grade goes through (see {@code grading.RoundingPolicy}).
 *
 * <p>Always kept reduced with a positive denominator, so equal values are {@code equals}. Author-supplied decimals
 * ({@code 0.25}, {@code 2.5} marks) convert exactly; the result is turned back into a decimal only by
 * {@link #toDecimal(int, RoundingMode)}, which rounds the true quotient once. Values that fit in a {@code long} are
 * computed in {@code long} arithmetic (overflow-checked), larger ones in {@link BigInteger}: the answer is the same,
 * only faster for the marks real assessments have.
 */
public final class Fraction implements Comparable<Fraction> {

    /** Nothing. */
    public static final Fraction ZERO = new Fraction(0, 1);
    /** One whole: full credit. */
    public static final Fraction ONE = new Fraction(1, 1);
    /** One hundred, to turn a share into a percentage. */
    public static final Fraction HUNDRED = new Fraction(100, 1);

    /** 10^0 to 10^18, the denominators of decimals that fit in a {@code long}. */
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** Decimals with more digits than this are refused: nobody authors them, and huge exponents exhaust memory. */
    private static final int MAX_DECIMAL_DIGITS = 40;

    /** The value when it fits in {@code long}s (other than {@code Long.MIN_VALUE}); the big fields are then null. */
    private final long numerator;
    private final long denominator;
    /** The value when it does not fit in {@code long}s; {@code null} otherwise. */
    private final BigInteger bigNumerator;
    private final BigInteger bigDenominator;

    private Fraction(long numerator, long denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.bigNumerator = null;
        this.bigDenominator = null;
    }

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = 0;
        this.denominator = 0;
        this.bigNumerator = numerator;
        this.bigDenominator = denominator;
    }

    /** The whole number {@code value}. */
    public static Fraction of(long value) {
        return value == 0 ? ZERO : value == 1 ? ONE : reduced(value, 1);
    }

    /** {@code numerator / denominator}; the denominator must not be zero. */
    public static Fraction of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("a fraction cannot have a zero denominator");
        }
        return reduced(numerator, denominator);
    }

    /** {@code numerator / denominator}; the denominator must not be zero. */
    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("a fraction cannot have a zero denominator");
        }
        return reduced(numerator, denominator);
    }

    /** The exact value of a decimal, e.g. {@code 0.25} becomes 1/4. */
    public static Fraction of(BigDecimal decimal) {
        Objects.requireNonNull(decimal, "decimal");
        BigDecimal plain = decimal.stripTrailingZeros();
        if (plain.precision() > MAX_DECIMAL_DIGITS || Math.abs(plain.scale()) > MAX_DECIMAL_DIGITS) {
            throw new IllegalArgumentException("too many digits for a mark, credit or quantity: " + decimal);
        }
        if (plain.scale() <= 0) {
            return reduced(plain.toBigIntegerExact(), BigInteger.ONE);
        }
        if (plain.scale() < POWERS_OF_TEN.length && plain.precision() < 19) {
            return reduced(plain.unscaledValue().longValueExact(), POWERS_OF_TEN[plain.scale()]);
        }
        return reduced(plain.unscaledValue(), BigInteger.TEN.pow(plain.scale()));
    }

    /** The exact value of a decimal written as text, e.g. {@code "2.5"}. */
    public static Fraction decimal(String text) {
        return of(new BigDecimal(Objects.requireNonNull(text, "text")));
    }

    private static Fraction reduced(long numerator, long denominator) {
        if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
            return reduced(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }
        if (numerator == 0) {
            return ZERO;
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        long gcd = gcd(Math.abs(numerator), denominator);
        return new Fraction(numerator / gcd, denominator / gcd);
    }

    private static Fraction reduced(BigInteger numerator, BigInteger denominator) {
        if (numerator.signum() == 0) {
            return ZERO;
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (fitsInLong(numerator) && fitsInLong(denominator)) {
            return new Fraction(numerator.longValue(), denominator.longValue());
        }
        return new Fraction(numerator, denominator);
    }

    /** {@code Long.MIN_VALUE} is kept out of the {@code long} form: its absolute value does not fit. */
    private static boolean fitsInLong(BigInteger value) {
        return value.bitLength() < Long.SIZE && value.longValue() != Long.MIN_VALUE;
    }

    /** Stein's binary greatest common divisor of two non-negative longs (shifts instead of divisions). */
    private static long gcd(long a, long b) {
        if (a == 0 || b == 0) {
            return a | b;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        while (b != 0) {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long swap = a;
                a = b;
                b = swap;
            }
            b -= a;
        }
        return a << shift;
    }

    private boolean isSmall() {
        return bigNumerator == null;
    }

    public BigInteger numerator() {
        return isSmall() ? BigInteger.valueOf(numerator) : bigNumerator;
    }

    public BigInteger denominator() {
        return isSmall() ? BigInteger.valueOf(denominator) : bigDenominator;
    }

    public Fraction plus(Fraction other) {
        if (other.signum() == 0) {
            return this;
        }
        if (signum() == 0) {
            return other;
        }
        if (isSmall() && other.isSmall()) {
            try {
                if (denominator == other.denominator) {
                    return reduced(Math.addExact(numerator, other.numerator), denominator);
                }
                long gcd = gcd(denominator, other.denominator);
                long left = Math.multiplyExact(numerator, other.denominator / gcd);
                long right = Math.multiplyExact(other.numerator, denominator / gcd);
                return reduced(Math.addExact(left, right), Math.multiplyExact(denominator / gcd, other.denominator));
            } catch (ArithmeticException overflow) {
                // fall through to exact big arithmetic
            }
        }
        return reduced(numerator().multiply(other.denominator()).add(other.numerator().multiply(denominator())),
                denominator().multiply(other.denominator()));
    }

    public Fraction minus(Fraction other) {
        return plus(other.negate());
    }

    public Fraction times(Fraction other) {
        if (signum() == 0 || other.signum() == 0) {
            return ZERO;
        }
        if (isSmall() && other.isSmall()) {
            long crossA = gcd(Math.abs(numerator), other.denominator);
            long crossB = gcd(Math.abs(other.numerator), denominator);
            try {
                return reduced(Math.multiplyExact(numerator / crossA, other.numerator / crossB),
                        Math.multiplyExact(denominator / crossB, other.denominator / crossA));
            } catch (ArithmeticException overflow) {
                // fall through to exact big arithmetic
            }
        }
        return reduced(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
    }

    /** This divided by a non-zero fraction. */
    public Fraction dividedBy(Fraction other) {
        if (other.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return times(other.reciprocal());
    }

    private Fraction reciprocal() {
        return isSmall() ? reduced(denominator, numerator) : reduced(bigDenominator, bigNumerator);
    }

    public Fraction negate() {
        if (signum() == 0) {
            return this;
        }
        return isSmall() ? reduced(-numerator, denominator) : new Fraction(bigNumerator.negate(), bigDenominator);
    }

    /** -1, 0 or 1 as this is negative, zero or positive. */
    public int signum() {
        return isSmall() ? Long.signum(numerator) : bigNumerator.signum();
    }

    public boolean isNegative() {
        return signum() < 0;
    }

    /** This value, but not below {@code low} and not above {@code high}. */
    public Fraction clamp(Fraction low, Fraction high) {
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("the lower bound " + low + " is above the upper bound " + high);
        }
        return compareTo(low) < 0 ? low : compareTo(high) > 0 ? high : this;
    }

    public Fraction max(Fraction other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Fraction min(Fraction other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The true value rounded once to {@code scale} decimal places with {@code mode}. */
    public BigDecimal toDecimal(int scale, RoundingMode mode) {
        return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), scale, mode);
    }

    @Override
    public int compareTo(Fraction other) {
        if (isSmall() && other.isSmall()) {
            if (denominator == other.denominator) {
                return Long.compare(numerator, other.numerator);
            }
            try {
                return Long.compare(Math.multiplyExact(numerator, other.denominator),
                        Math.multiplyExact(other.numerator, denominator));
            } catch (ArithmeticException overflow) {
                // fall through to exact big arithmetic
            }
        }
        return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
    }

    /** Equal values are equal: both are reduced, and a value is held in {@code long}s exactly when it fits. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Fraction fraction) || isSmall() != fraction.isSmall()) {
            return false;
        }
        return isSmall() ? numerator == fraction.numerator && denominator == fraction.denominator
                : bigNumerator.equals(fraction.bigNumerator) && bigDenominator.equals(fraction.bigDenominator);
    }

    @Override
    public int hashCode() {
        return isSmall() ? 31 * Long.hashCode(numerator) + Long.hashCode(denominator)
                : 31 * bigNumerator.hashCode() + bigDenominator.hashCode();
    }

    /** {@code 3/4}, or {@code 2} for a whole number. */
    @Override
    public String toString() {
        BigInteger denominatorValue = denominator();
        return denominatorValue.equals(BigInteger.ONE) ? numerator().toString()
                : numerator() + "/" + denominatorValue;
    }
}
