package com.laca.application.shared;

import java.util.Objects;

/** The processor refused the request for good, so repeating it unchanged will fail again. */
public final class PaymentDeclinedException extends PaymentGatewayException {

    /** Why it was refused, in words the user-facing side can map without knowing the processor. */
    public enum Reason {
        /** The card issuer declined. */
        CARD_DECLINED,
        /** The request itself was wrong (amount, currency, unknown payment, more than refundable). */
        INVALID_REQUEST,
        /** The platform's or the clinic's account may not do this (bad key, missing permission, unlinked account). */
        NOT_AUTHORISED,
        /** The idempotency key was reused for a different request. */
        IDEMPOTENCY_CONFLICT
    }

    private final Reason reason;

    public PaymentDeclinedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public PaymentDeclinedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
