package com.laca.application.notification.port.out;

import com.laca.domain.notification.NotificationId;
import com.laca.domain.shared.PhoneNumber;
import java.util.Objects;

/**
 * One rendered SMS ready for the provider.
 *
 * @param id      the outbox message's id; the sender uses it to recognise a retry of a message that may already
 *                have gone out
 * @param to      the mobile number
 * @param body    1 to 1,600 characters (ten concatenated segments, the provider's limit)
 * @param attempt which attempt this is, from 1; a sender whose provider has no idempotency key checks on later
 *                attempts whether the first one went out
 */
public record SmsMessage(NotificationId id, PhoneNumber to, String body, int attempt) {

    public SmsMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
        if (body.isBlank() || body.length() > 1600) {
            throw new IllegalArgumentException("an SMS is 1-1600 characters");
        }
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
    }

    /** Names the id only: the number and the text are personal data. */
    @Override
    public String toString() {
        return "SmsMessage[" + id + ", attempt " + attempt + "]";
    }
}
