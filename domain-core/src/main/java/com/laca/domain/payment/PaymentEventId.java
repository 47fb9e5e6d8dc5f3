package com.laca.domain.payment;

import java.util.Objects;

/**
 * The processor's id of one event (Stripe's {@code evt_...}); the key that makes handling an event idempotent.
 *
 * @param value never blank
 */
public record PaymentEventId(String value) {

    public PaymentEventId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an event id must not be blank");
        }
    }

    /** Shorthand for {@code new PaymentEventId(value)}. */
    public static PaymentEventId of(String value) {
        return new PaymentEventId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
