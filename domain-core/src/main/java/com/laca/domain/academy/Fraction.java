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
 * {@link #toDecimal(int, RoundingMode)}, which rounds the true quotient once.
 */
public final class Fraction implements Comparable<Fraction> {

    /** Nothing. */
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    /** One whole: full credit. */
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
    /** One hundred, to turn a share into a percentage. */
    public static final Fraction HUNDRED = new Fraction(BigInteger.valueOf(100), BigInteger.ONE);

    /** Decimals with more digits than this are refused: nobody authors them, and huge exponents would exhaust memory. */
    private static final int MAX_DECIMAL_DIGITS = 40;

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The whole number {@code value}. */
    public static Fraction of(long value) {
        return value == 0 ? ZERO : value == 1 ? ONE : new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** {@code numerator / denominator}; the denominator must not be zero. */
    public static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
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
        return reduced(plain.unscaledValue(), BigInteger.TEN.pow(plain.scale()));
    }

    /** The exact value of a decimal written as text, e.g. {@code "2.5"}. */
    public static Fraction decimal(String text) {
        return of(new BigDecimal(Objects.requireNonNull(text, "text")));
    }

    private static Fraction reduced(BigInteger numerator, BigInteger denominator) {
        if (numerator.signum() == 0) {
            return ZERO;
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        if (!denominator.equals(BigInteger.ONE)) {
            BigInteger gcd = numerator.gcd(denominator);
            if (!gcd.equals(BigInteger.ONE)) {
                numerator = numerator.divide(gcd);
                denominator = denominator.divide(gcd);
            }
        }
        return new Fraction(numerator, denominator);
    }

    public BigInteger numerator() {
        return numerator;
    }

    public BigInteger denominator() {
        return denominator;
    }

    public Fraction plus(Fraction other) {
        if (other.signum() == 0) {
            return this;
        }
        if (signum() == 0) {
            return other;
        }
        if (denominator.equals(other.denominator)) {
            return reduced(numerator.add(other.numerator), denominator);
        }
        return reduced(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction minus(Fraction other) {
        return plus(other.negate());
    }

    public Fraction times(Fraction other) {
        if (signum() == 0 || other.signum() == 0) {
            return ZERO;
        }
        return reduced(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** This divided by a non-zero fraction. */
    public Fraction dividedBy(Fraction other) {
        if (other.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return reduced(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Fraction negate() {
        return signum() == 0 ? this : new Fraction(numerator.negate(), denominator);
    }

    /** -1, 0 or 1 as this is negative, zero or positive. */
    public int signum() {
        return numerator.signum();
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
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
    }

    @Override
    public int compareTo(Fraction other) {
        if (denominator.equals(other.denominator)) {
            return numerator.compareTo(other.numerator);
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fraction fraction && numerator.equals(fraction.numerator)
                && denominator.equals(fraction.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** {@code 3/4}, or {@code 2} for a whole number. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
