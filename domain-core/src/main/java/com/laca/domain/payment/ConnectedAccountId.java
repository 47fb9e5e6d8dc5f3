package com.laca.domain.payment;

import java.util.Objects;

/**
 * The clinic's own account at the payment processor, because each clinic is paid directly and the platform only takes a fee.
 *
 * @param value the processor's identifier (e.g. a Stripe Connect {@code acct_...}); never blank
 */
public record ConnectedAccountId(String value) {

    public ConnectedAccountId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ConnectedAccountId must not be blank");
        }
    }

    /** Shorthand for {@code new ConnectedAccountId(value)}. */
    public static ConnectedAccountId of(String value) {
        return new ConnectedAccountId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
