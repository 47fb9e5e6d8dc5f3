package com.laca.application.booking.port.out;

import com.laca.domain.shared.AppointmentId;
import java.net.URI;
import java.util.Optional;

/**
 * The link to an appointment's pre-visit questionnaire and consent, put in its confirmation: an extension point the
 * consent area fills; until it does, confirmations go without one.
 */
@FunctionalInterface
public interface PreVisitLinks {

    /** No pre-visit link for any appointment. */
    PreVisitLinks NONE = appointment -> Optional.empty();

    /** The link for the appointment, if it has a pre-visit step. */
    Optional<URI> forAppointment(AppointmentId appointment);
}
