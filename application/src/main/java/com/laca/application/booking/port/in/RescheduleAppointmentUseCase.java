package com.laca.application.booking.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.util.Optional;

/**
 * Lets reception move a client's appointment to another time, because a client who phones to move a booking has no
 * manage link at hand; the same rules and the same deposit carry-over apply as to a client's own reschedule.
 */
public interface RescheduleAppointmentUseCase {

    /**
     * Moves the appointment (same id, so whatever was paid moves with it); needs APPOINTMENTS_MANAGE. The online
     * booking window does not bind staff, every other rule does.
     *
     * @param practitioner empty for "any practitioner"
     * @throws com.laca.application.shared.NotFoundException no such appointment in the caller's clinic
     */
    BookingResult reschedule(Caller caller, AppointmentId appointment, Instant newStart,
                             Optional<PractitionerId> practitioner);
}
