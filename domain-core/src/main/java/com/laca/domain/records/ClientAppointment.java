package com.laca.domain.records;

import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TreatmentId;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a client's appointment history, as the client record lists it: what, when, with whom, where and how
 * it ended, under the client id it was booked under (a merged record's appointments keep theirs).
 *
 * @param appointment  the appointment
 * @param client       the client it was booked under
 * @param start        when it starts
 * @param end          when it ends
 * @param status       where it stands (completed, cancelled, no-show...)
 * @param treatment    the treatment booked
 * @param practitioner the practitioner
 * @param location     the location
 */
public record ClientAppointment(AppointmentId appointment, ClientId client, Instant start, Instant end,
                                AppointmentStatus status, TreatmentId treatment, PractitionerId practitioner,
                                LocationId location) {

    public ClientAppointment {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(location, "location");
    }
}
