package com.laca.application.shared;

/**
 * A payment gateway call that did not succeed, split into "refused for good" and "try again later" because the
 * caller must react differently: tell the user, or retry with the same idempotency key.
 */
public abstract sealed class PaymentGatewayException extends RuntimeException
        permits PaymentDeclinedException, PaymentGatewayUnavailableException {

    protected PaymentGatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
