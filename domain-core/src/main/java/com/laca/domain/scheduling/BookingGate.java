package com.laca.domain.scheduling;

import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.util.Optional;

/**
 * A check beyond the calendar that the one booking decision asks for each practitioner before choosing one (the
 * clinical-safety and legal gates: age, contraindications, prescriber consultation, licences), so an unsafe or
 * unlawful booking is refused by the same decision that takes the slot and "any practitioner" skips one who may not
 * treat this client.
 *
 * <p>The scheduling rules know nothing of what the gate checks; the application builds it for one client and
 * treatment at one location.
 */
@FunctionalInterface
public interface BookingGate {

    /** A gate that refuses nothing: bookings with no client yet, and embedders without safety rules. */
    BookingGate NONE = (practitioner, start) -> Optional.empty();

    /**
     * Why this practitioner may not treat the client at this start, or empty when nothing stands in the way.
     *
     * @param practitioner who would treat
     * @param start        the treatment's start
     */
    Optional<GateRefusal> refuse(PractitionerId practitioner, Instant start);
}
