package com.laca.domain.notification;

import java.time.Instant;
import java.util.Objects;

/** What the retry policy answers after a failed attempt, sealed so the caller handles giving up explicitly. */
public sealed interface RetryDecision {

    /** Try again, not before this moment. */
    record RetryAt(Instant at) implements RetryDecision {

        public RetryAt {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Attempts are exhausted: the message becomes a dead letter. */
    record GiveUp() implements RetryDecision {
    }
}
