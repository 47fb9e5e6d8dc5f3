package com.laca.domain.records;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts of the appointment a treatment record documents, fixed when the first entry is signed and shared by every
 * correction, so a correction can change what was recorded but never whose treatment it was.
 *
 * @param appointment  the completed appointment (one treatment chart per appointment)
 * @param client       who was treated
 * @param practitioner who treated
 * @param category     the treatment's category, which decides the sites and dose unit
 * @param treatedOn    the treatment date in the location's time zone, against which product expiry is checked
 */
public record TreatmentContext(AppointmentId appointment, ClientId client, PractitionerId practitioner,
                               TreatmentCategory category, LocalDate treatedOn) {

    public TreatmentContext {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(treatedOn, "treatedOn");
    }
}
