package com.laca.domain.scheduling;

import java.time.Instant;
import java.util.Objects;

/**
 * A wish to book one treatment at one start time, checked by the same rules that listed the slot.
 *
 * @param practitioner whom the client asked for
 * @param start        the treatment's start (not including its buffer before)
 * @param now          the current instant, for minimum notice and maximum advance
 * @param gate         the clinical-safety and legal gate for this client, asked for each practitioner
 */
public record BookingRequest(PractitionerChoice practitioner, Instant start, Instant now, BookingGate gate) {

    public BookingRequest {
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(gate, "gate");
    }

    /** A request no gate beyond the calendar applies to. */
    public BookingRequest(PractitionerChoice practitioner, Instant start, Instant now) {
        this(practitioner, start, now, BookingGate.NONE);
    }
}
