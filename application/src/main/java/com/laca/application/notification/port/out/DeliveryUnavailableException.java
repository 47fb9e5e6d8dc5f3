package com.laca.application.notification.port.out;

import com.laca.domain.notification.SendFailure;

/**
 * The channel could not be reached, was overloaded or timed out; the outbox retries later with the same id. When
 * the request may have reached the channel ({@link #outcomeUnknown()}), the retry relies on the channel recognising
 * the id, so it is never delivered twice.
 */
public final class DeliveryUnavailableException extends DeliveryException {

    private final boolean outcomeUnknown;

    public DeliveryUnavailableException(String message, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /** Whether the message may have been accepted before the failure. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    @Override
    public SendFailure toFailure() {
        return outcomeUnknown ? SendFailure.outcomeUnknown(getMessage()) : SendFailure.unavailable(getMessage());
    }
}
