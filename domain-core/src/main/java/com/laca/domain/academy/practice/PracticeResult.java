package com.laca.domain.academy.practice;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a case-log or OSCE command, sealed so a refusal (an unticked consent item, a self sign-off) is handled,
 * never mistaken for success.
 *
 * @param <T> what the command produces
 */
public sealed interface PracticeResult<T> {

    /**
     * Done.
     *
     * @param value the new state, to be saved
     */
    record Applied<T>(T value) implements PracticeResult<T> {

        public Applied {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Refused; nothing changed.
     *
     * @param reason  a stable code
     * @param message what was refused and why
     * @param missing the items still to do, where there are any (unticked checklist items)
     */
    record Refused<T>(PracticeRefusal reason, String message, List<String> missing) implements PracticeResult<T> {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            missing = List.copyOf(missing);
        }
    }
}
