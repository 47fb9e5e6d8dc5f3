package com.laca.domain.payment;


import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every processor event carries, so that events can be de-duplicated by id, ordered by time and traced to
 * the clinic's account.
 *
 * @param id         the processor's event id; unique
 * @param occurredAt when the processor created the event (not when we received it)
 * @param account    the clinic's connected account the event happened on, if it was not the platform's own
 */
public record EventHeader(PaymentEventId id, Instant occurredAt, Optional<ConnectedAccountId> account) {

    public EventHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(account, "account");
    }
}
