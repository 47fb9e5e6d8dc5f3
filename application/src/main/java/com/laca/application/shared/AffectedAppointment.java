package com.laca.application.shared;

import com.laca.domain.shared.AppointmentId;
import java.time.Instant;
import java.util.Objects;

/**
 * A future held or confirmed appointment that a schedule change would break, described only as far as the desk needs
 * to call the client (no clinical data), so the caller can decide before anyone is orphaned.
 *
 * @param treatment  the treatment's name
 * @param clientName the client's display name
 */
public record AffectedAppointment(AppointmentId id, Instant start, String treatment, String clientName) {

    public AffectedAppointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(clientName, "clientName");
    }
}
