package com.laca.application.shared;

/**
 * The processor could not be reached, timed out, was rate-limited or failed internally, even after the adapter's
 * own retries; the request may or may not have been applied, so the caller retries later with the same key.
 */
public final class PaymentGatewayUnavailableException extends PaymentGatewayException {

    public PaymentGatewayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public PaymentGatewayUnavailableException(String message) {
        this(message, null);
    }
}
