package com.laca.application.notification.port.out;

import com.laca.domain.notification.SendFailure;

/**
 * The channel refused the message for good (no such mailbox, not a mobile, the number replied STOP), so sending it
 * again unchanged will fail again and the message becomes a dead letter at once.
 */
public final class DeliveryRefusedException extends DeliveryException {

    public DeliveryRefusedException(String message, Throwable cause) {
        super(message, cause);
    }

    public DeliveryRefusedException(String message) {
        this(message, null);
    }

    @Override
    public SendFailure toFailure() {
        return SendFailure.refused(getMessage());
    }
}
