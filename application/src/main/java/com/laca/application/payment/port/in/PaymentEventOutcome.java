package com.laca.application.payment.port.in;

import java.util.Objects;

/**
 * What handling an event did, answered as a type so that a duplicate or an ignored event is visible in logs and
 * tests rather than hidden; the webhook acknowledges all three.
 */
public sealed interface PaymentEventOutcome {

    /** The event changed state; {@code summary} says how, for the log. */
    record Applied(String summary) implements PaymentEventOutcome {
        public Applied {
            Objects.requireNonNull(summary, "summary");
        }
    }

    /** The same event id was handled before; nothing changed. */
    record AlreadyProcessed() implements PaymentEventOutcome {
    }

    /** The event needs no action; {@code why} says why, for the log. */
    record Ignored(String why) implements PaymentEventOutcome {
        public Ignored {
            Objects.requireNonNull(why, "why");
        }
    }
}
