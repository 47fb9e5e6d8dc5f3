package com.laca.domain.notification;

import java.util.Objects;

/**
 * How many messages of one kind the outbox holds across all tenants, for the operators' metrics: a growing due count
 * means the dispatchers fall behind, a growing dead count that a channel refuses.
 *
 * @param kind   the kind's code, or {@code unknown} for rows written before kinds were recorded with the state
 * @param queued not yet final: waiting, retrying or being sent
 * @param due    waiting or retrying and due now, so a dispatcher should be sending them
 * @param dead   dead letters waiting for an admin
 */
public record OutboxDepth(String kind, long queued, long due, long dead) {

    public OutboxDepth {
        Objects.requireNonNull(kind, "kind");
    }
}
