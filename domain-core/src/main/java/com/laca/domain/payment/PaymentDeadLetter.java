package com.laca.domain.payment;


import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A processor event whose processing failed, kept with its raw payload so an operator can see why and replay it
 * once the cause is fixed; it holds no stack trace and, as the processor's payload carries none, no client data.
 *
 * @param event         the processor's event id
 * @param type          the processor's event type
 * @param payload       the raw body as received
 * @param error         the failure's kind and message, at most {@value #MAX_ERROR} characters
 * @param attempts      how many deliveries or replays failed
 * @param firstFailedAt the first failure
 * @param lastFailedAt  the latest failure
 * @param resolvedAt    when a delivery or replay finally succeeded
 */
public record PaymentDeadLetter(PaymentEventId event, String type, String payload, String error, int attempts,
                                Instant firstFailedAt, Instant lastFailedAt, Optional<Instant> resolvedAt) {

    /** The longest error text stored. */
    public static final int MAX_ERROR = 500;

    public PaymentDeadLetter {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(firstFailedAt, "firstFailedAt");
        Objects.requireNonNull(lastFailedAt, "lastFailedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        if (attempts < 1) {
            throw new IllegalArgumentException("a dead letter failed at least once");
        }
    }
}
