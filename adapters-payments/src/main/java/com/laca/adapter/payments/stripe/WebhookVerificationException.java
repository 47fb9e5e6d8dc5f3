package com.laca.adapter.payments.stripe;

import java.util.Objects;

/**
 * A webhook request that cannot be trusted or read, declared so the endpoint answers 400 and nothing is changed:
 * anyone on the internet can post to the endpoint, only Stripe can sign.
 */
public final class WebhookVerificationException extends Exception {

    /** What was wrong with the request. */
    public enum Reason {
        /** No {@code Stripe-Signature} header. */
        MISSING_SIGNATURE,
        /** The signature does not match the body and secret, or its timestamp is older than the tolerance. */
        INVALID_SIGNATURE,
        /** Correctly signed, but not a Stripe event we can read. */
        MALFORMED_PAYLOAD
    }

    private final Reason reason;

    public WebhookVerificationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
