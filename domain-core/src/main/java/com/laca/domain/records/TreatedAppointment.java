package com.laca.domain.records;

import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a treatment record needs to know about the appointment it documents, read from the booking side at signing
 * time, so the record's context (whose treatment, by whom, which category, which day) is never typed in by hand.
 *
 * @param appointment  the appointment
 * @param client       the client it was booked under
 * @param practitioner who treated
 * @param status       where it stands; a record is signed only once it is completed
 * @param category     the booked treatment's category
 * @param treatedOn    the day of the appointment in its location's time zone
 */
public record TreatedAppointment(AppointmentId appointment, ClientId client, PractitionerId practitioner,
                                 AppointmentStatus status, TreatmentCategory category, LocalDate treatedOn) {

    public TreatedAppointment {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(treatedOn, "treatedOn");
    }

    /** The context every entry of this appointment's chart shares. */
    public TreatmentContext context() {
        return new TreatmentContext(appointment, client, practitioner, category, treatedOn);
    }
}
