package com.laca.application.payment.port.out;

import java.util.Objects;

/**
 * Whether a payment gateway takes cards, because a clinic without card payments is a real way of working (the
 * deposit is due at the desk), not an error.
 */
public sealed interface GatewayMode {

    /**
     * Cards are taken; the front end collects them with the processor's browser library.
     *
     * @param publishableKey the public key the browser library needs (Stripe's {@code pk_...}); not a secret
     */
    record CardPayments(String publishableKey) implements GatewayMode {
        public CardPayments {
            Objects.requireNonNull(publishableKey, "publishableKey");
            if (publishableKey.isBlank()) {
                throw new IllegalArgumentException("a card gateway needs a publishable key");
            }
        }
    }

    /** No cards: deposits and balances are paid at the clinic. */
    record PayAtClinic() implements GatewayMode {
    }
}
