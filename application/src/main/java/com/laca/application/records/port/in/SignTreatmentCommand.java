package com.laca.application.records.port.in;

import com.laca.domain.records.TreatmentDetails;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.PractitionerId;
import java.util.Objects;

/**
 * The original treatment record of a completed appointment, as the practitioner signs it.
 *
 * @param appointment the appointment it documents
 * @param signer      the practitioner signing (must be who treated)
 * @param details     what was done
 */
public record SignTreatmentCommand(AppointmentId appointment, PractitionerId signer, TreatmentDetails details) {

    public SignTreatmentCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(details, "details");
    }
}
