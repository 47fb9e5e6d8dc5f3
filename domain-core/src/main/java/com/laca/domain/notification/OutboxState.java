package com.laca.domain.notification;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an outbox message is in its delivery, with the legal next steps beside each state so the state machine reads
 * in one place.
 */
public enum OutboxState {
    /** Waiting for its due time (the send delay) or for a dispatcher. */
    PENDING,
    /** A dispatcher holds a lease on it and is sending it; another may take it over once the lease runs out. */
    CLAIMED,
    /** Handed to the mail server or SMS provider. */
    SENT,
    /** The last attempt failed; it waits for its next attempt. */
    FAILED_RETRYING,
    /** Given up on (attempts exhausted or refused for good); listed for an admin, who may replay it. */
    DEAD,
    /** Withdrawn before it was sent (the change was undone, or the appointment moved or was cancelled). */
    CANCELLED;

    /** The states this one may move to. */
    public Set<OutboxState> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CLAIMED, CANCELLED);
            case CLAIMED -> EnumSet.of(CLAIMED, SENT, FAILED_RETRYING, DEAD, CANCELLED);
            case FAILED_RETRYING -> EnumSet.of(CLAIMED, CANCELLED);
            case DEAD -> EnumSet.of(PENDING);
            case SENT, CANCELLED -> EnumSet.noneOf(OutboxState.class);
        };
    }

    public boolean canMoveTo(OutboxState target) {
        return next().contains(target);
    }

    /** True while the message has not gone out and may still be withdrawn. */
    public boolean isWaiting() {
        return this == PENDING || this == FAILED_RETRYING;
    }
}
