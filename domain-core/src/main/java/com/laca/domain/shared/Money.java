package com.laca.domain.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in integer minor units (pence, cents) of one ISO 4217 currency, because floating point loses pennies.
 *
 * @param minorUnits the amount in the currency's smallest unit; may be negative for refunds and adjustments
 * @param currency   three upper-case letters, e.g. {@code GBP}
 */
public record Money(long minorUnits, String currency) implements Comparable<Money> {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be three upper-case letters: " + currency);
        }
    }

    /** A zero amount in the given currency. */
    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /** Shorthand for {@code new Money(minorUnits, currency)}. */
    public static Money of(long minorUnits, String currency) {
        return new Money(minorUnits, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    /**
     * The amount as people read it in its currency: its symbol where it has one of its own and its own number of
     * decimals ({@code £50.00}, {@code €12.50}, {@code JP¥5000}, {@code CHF 1.50}), so a message never shows pence as
     * pounds; a code the platform does not know is shown in minor units, never guessed. Symbols are those of British
     * English, the language of every message.
     */
    public String formatted() {
        try {
            Currency known = Currency.getInstance(currency);
            int decimals = known.getDefaultFractionDigits();
            if (decimals >= 0) {
                String amount = BigDecimal.valueOf(Math.abs(minorUnits), decimals).toPlainString();
                String symbol = known.getSymbol(Locale.UK);
                String sign = minorUnits < 0 ? "-" : "";
                return symbol.equals(currency) ? sign + currency + " " + amount : sign + symbol + amount;
            }
        } catch (IllegalArgumentException unknownCode) {
            // shown in minor units below
        }
        return minorUnits + " " + currency + " (minor units)";
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }
}
