package com.laca.domain.records;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount injected, exact to two decimal places (2.5 units, 0.55 ml), because a rounded dose in a clinical record is
 * a wrong one.
 *
 * @param amount positive, at most two decimal places, below 10,000
 * @param unit   units or millilitres
 */
public record Dose(BigDecimal amount, DoseUnit unit) {

    private static final BigDecimal LIMIT = new BigDecimal("10000");

    public Dose {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        amount = amount.stripTrailingZeros();
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a dose must be positive");
        }
        if (amount.scale() > 2) {
            throw new IllegalArgumentException("a dose has at most two decimal places: " + amount.toPlainString());
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("a dose must be below " + LIMIT.toPlainString());
        }
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    /** Shorthand, e.g. {@code Dose.of("2.5", UNITS)}. */
    public static Dose of(String amount, DoseUnit unit) {
        return new Dose(new BigDecimal(amount), unit);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + (unit == DoseUnit.ML ? " ml" : " units");
    }
}
