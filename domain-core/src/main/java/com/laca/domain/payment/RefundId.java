package com.laca.domain.payment;

import java.util.Objects;

/**
 * One refund at the payment processor, typed so a refund is never confused with the payment it returns.
 *
 * @param value the processor's identifier (e.g. Stripe's {@code re_...}); never blank
 */
public record RefundId(String value) {

    public RefundId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("RefundId must not be blank");
        }
    }

    /** Shorthand for {@code new RefundId(value)}. */
    public static RefundId of(String value) {
        return new RefundId(value);
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
