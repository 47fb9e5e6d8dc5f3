package com.laca.adapter.rest.payment;

import com.laca.domain.payment.PaymentDeadLetter;

import java.time.Instant;

/** A failed processor event for the platform administrator; the payload is shown only on the single-item read. */
public record DeadLetterResponse(String eventId, String type, String error, int attempts, Instant firstFailedAt,
                                 Instant lastFailedAt, Instant resolvedAt, String payload) {

    static DeadLetterResponse summary(PaymentDeadLetter letter) {
        return new DeadLetterResponse(letter.event().value(), letter.type(), letter.error(), letter.attempts(),
                letter.firstFailedAt(), letter.lastFailedAt(), letter.resolvedAt().orElse(null), null);
    }

    static DeadLetterResponse full(PaymentDeadLetter letter) {
        return new DeadLetterResponse(letter.event().value(), letter.type(), letter.error(), letter.attempts(),
                letter.firstFailedAt(), letter.lastFailedAt(), letter.resolvedAt().orElse(null), letter.payload());
    }
}
