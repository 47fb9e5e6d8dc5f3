package com.laca.application.notification.port.out;

import com.laca.domain.notification.SendFailure;

/**
 * A send that did not succeed, split the way the outbox must react (give up, or retry with the same id), so every
 * channel adapter maps its vendor's errors onto the same two kinds. Messages carry status codes, never addresses or
 * message text.
 */
public abstract sealed class DeliveryException extends RuntimeException
        permits DeliveryRefusedException, DeliveryUnavailableException {

    protected DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure as the outbox's state machine records it. */
    public abstract SendFailure toFailure();
}
