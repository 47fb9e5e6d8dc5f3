package com.laca.application.booking.port.out;

import com.laca.domain.scheduling.RejectionReason;
import java.util.Objects;

/**
 * The database refused an appointment because its time overlaps another active one (PostgreSQL's exclusion
 * constraints), the last line of defence when two servers book the same slot at once; the booking services turn it into
 * a "slot unavailable" answer, never an error.
 */
public class SlotTakenException extends RuntimeException {

    private final RejectionReason reason;

    /** @param reason {@code PRACTITIONER_BUSY} or {@code RESOURCE_UNAVAILABLE}, whichever constraint was hit */
    public SlotTakenException(RejectionReason reason) {
        super(Objects.requireNonNull(reason, "reason").defaultMessage());
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
