package com.laca.domain.payment;

import java.util.Objects;

/**
 * The outside reference a ledger entry points at (a payment intent, a refund, a desk receipt, a cancellation),
 * kept so every movement of money can be traced back to the request that caused it and recorded only once.
 *
 * @param value non-blank text of at most 255 characters
 */
public record PaymentReference(String value) {

    private static final int MAX_LENGTH = 255;

    public PaymentReference {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a payment reference must be 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** Shorthand for {@code new PaymentReference(value)}. */
    public static PaymentReference of(String value) {
        return new PaymentReference(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
