package com.laca.domain.booking;

import java.util.Objects;

/**
 * The answer to a lifecycle command, sealed so callers must handle a refusal instead of catching an exception for an
 * everyday outcome (STYLE rule 2).
 */
public sealed interface TransitionResult {

    /**
     * The change was made.
     *
     * @param appointment the appointment in its new state
     */
    record Applied(Appointment appointment) implements TransitionResult {

        public Applied {
            Objects.requireNonNull(appointment, "appointment");
        }
    }

    /**
     * The change was refused; the appointment is unchanged.
     *
     * @param reason  a stable code
     * @param message what was attempted from which state
     */
    record Refused(TransitionRefusal reason, String message) implements TransitionResult {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
