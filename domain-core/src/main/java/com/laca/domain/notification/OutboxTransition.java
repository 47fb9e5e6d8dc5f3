package com.laca.domain.notification;

import java.util.Objects;

/** The answer to a delivery step, sealed so a dispatcher must handle a refusal instead of catching an exception. */
public sealed interface OutboxTransition {

    /** The step was taken; {@code message} is the message in its new state, to be saved. */
    record Applied(OutboxMessage message) implements OutboxTransition {

        public Applied {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The step was refused; the message is unchanged. */
    record Refused(OutboxRefusal reason, String message) implements OutboxTransition {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
