package com.laca.application.clinic.port.out;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.TreatmentId;
import java.time.Instant;
import java.util.Objects;

/**
 * One future held or confirmed appointment as a clinic-record change needs to see it: what it is for and where, to
 * decide whether the change breaks it, and the names the desk needs to call the client (no clinical data).
 *
 * @param treatmentName the treatment's name
 * @param clientName    the client's display name
 */
public record FutureBooking(AppointmentId id, Instant start, TreatmentId treatment, String treatmentName,
                            LocationId location, String clientName) {

    public FutureBooking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(treatmentName, "treatmentName");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(clientName, "clientName");
    }
}
