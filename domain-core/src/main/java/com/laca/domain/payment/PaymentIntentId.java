package com.laca.domain.payment;

import java.util.Objects;

/**
 * One attempt to collect a card payment at the payment processor, typed so it is never confused with a refund or an account id.
 *
 * @param value the processor's identifier (e.g. Stripe's {@code pi_...}); never blank
 */
public record PaymentIntentId(String value) {

    public PaymentIntentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("PaymentIntentId must not be blank");
        }
    }

    /** Shorthand for {@code new PaymentIntentId(value)}. */
    public static PaymentIntentId of(String value) {
        return new PaymentIntentId(value);
    }

    /** This id as the reference of a ledger entry. */
    public PaymentReference asReference() {
        return new PaymentReference(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
