package com.laca.application.booking.port.out;

import com.laca.domain.booking.Appointment;
import com.laca.domain.shared.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the front desk's check-in asks beyond the appointment's own state machine: the consent area answers whether
 * the client has signed the consent the treatment needs, and records the check-in in the clinical audit log. Booking
 * declares it so it stays ignorant of consent forms while no check-in can skip them.
 */
public interface CheckInGateway {

    /** Nothing beyond the state machine: for embedders and tests of the calendar alone. */
    CheckInGateway NONE = (tenant, appointment, now) -> Optional.empty();

    /** Why the client may not be checked in for this appointment now, or empty; asked inside the check-in's transaction. */
    Optional<Refusal> refuse(TenantId tenant, Appointment appointment, Instant now);

    /** The client was checked in; called inside the same transaction, after the change is stored. */
    default void checkedIn(TenantId tenant, Appointment appointment, String actor, Instant at) {
    }

    /**
     * A refused check-in.
     *
     * @param reason  a stable code, e.g. {@code CONSENT_MISSING}
     * @param message a sentence the desk can act on, with no medical detail
     */
    record Refusal(String reason, String message) {

        public Refusal {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
