package com.laca.domain.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A rule for cancellations (free up to a window before the start, late after it), kept as a value each tenant
 * configures so clinics can differ without code changes; each booking keeps the rule it was made on
 * ({@link AgreedTerms}), so a later change applies to new bookings only.
 *
 * <p>Rescheduling always keeps what was paid, whatever the window, because the clinic keeps the client.
 *
 * @param freeCancellationWindow how long before the start a cancellation is still free, e.g. 48 hours
 */
public record CancellationPolicy(Duration freeCancellationWindow) {

    public CancellationPolicy {
        Objects.requireNonNull(freeCancellationWindow, "freeCancellationWindow");
        if (freeCancellationWindow.isNegative()) {
            throw new IllegalArgumentException("the free cancellation window must not be negative");
        }
    }

    /**
     * The outcome of cancelling an appointment starting at {@code start} at the instant {@code cancelledAt}: free when
     * at least the whole window remains (exactly 48 h before is still free), late otherwise.
     */
    public CancellationOutcome onCancellation(Instant start, Instant cancelledAt) {
        return cancelledAt.isAfter(lastFreeMoment(start))
                ? CancellationOutcome.LATE_CANCELLATION
                : CancellationOutcome.FREE_CANCELLATION;
    }

    /** The last instant cancelling an appointment starting at {@code start} is still free, told to the client. */
    public Instant lastFreeMoment(Instant start) {
        return start.minus(freeCancellationWindow);
    }

    /** The outcome of a recorded no-show. */
    public CancellationOutcome onNoShow() {
        return CancellationOutcome.NO_SHOW;
    }

    /** The outcome of moving an appointment to another time. */
    public CancellationOutcome onReschedule() {
        return CancellationOutcome.RESCHEDULED;
    }
}
