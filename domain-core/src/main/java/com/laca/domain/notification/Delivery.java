package com.laca.domain.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a message's delivery stands: its state, when it is next due, how many attempts were made, who holds it, what
 * last went wrong and, once sent, the provider's reference.
 *
 * @param state             the state
 * @param dueAt             not sent before this moment (the send delay, then each retry's wait)
 * @param attempts          attempts started so far (each claim is one)
 * @param lease             the dispatcher's claim, present exactly while {@link OutboxState#CLAIMED}
 * @param lastError         the last failure's summary, without personal data
 * @param sentAt            when it was handed over, present exactly while {@link OutboxState#SENT}
 * @param providerReference the mail server's Message-ID or the SMS provider's message id, once sent
 */
public record Delivery(OutboxState state, Instant dueAt, int attempts, Optional<Lease> lease,
                       Optional<String> lastError, Optional<Instant> sentAt, Optional<String> providerReference) {

    public Delivery {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(providerReference, "providerReference");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
        if ((state == OutboxState.CLAIMED) != lease.isPresent()) {
            throw new IllegalArgumentException("a lease belongs to claimed messages only");
        }
        if ((state == OutboxState.SENT) != sentAt.isPresent()) {
            throw new IllegalArgumentException("a sending time belongs to sent messages only");
        }
    }

    /** A message just enqueued, due at {@code dueAt}. */
    static Delivery pending(Instant dueAt) {
        return new Delivery(OutboxState.PENDING, dueAt, 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
