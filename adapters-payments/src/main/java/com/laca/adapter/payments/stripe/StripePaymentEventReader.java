package com.laca.adapter.payments.stripe;

import com.laca.application.payment.port.out.PaymentEventReader;
import com.laca.domain.payment.PaymentEvent;

import java.util.Objects;

/**
 * Reads a stored Stripe event body back into a {@link PaymentEvent} for a dead-letter replay, through the same
 * parsing and translation a live webhook takes; the body's signature was checked when it first arrived.
 */
public final class StripePaymentEventReader implements PaymentEventReader {

    private final StripeWebhookVerifier verifier;

    public StripePaymentEventReader(StripeWebhookVerifier verifier) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    @Override
    public PaymentEvent read(String trustedPayload) {
        try {
            return verifier.readVerifiedEarlier(trustedPayload);
        } catch (WebhookVerificationException e) {
            throw new IllegalArgumentException("the stored payload is not a readable Stripe event", e);
        }
    }
}
