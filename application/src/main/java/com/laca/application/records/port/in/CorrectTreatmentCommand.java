package com.laca.application.records.port.in;

import com.laca.domain.records.TreatmentDetails;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.PractitionerId;
import java.util.Objects;

/**
 * A correction of the entry in force of an appointment's treatment record: new details and why.
 *
 * @param appointment the appointment whose chart is corrected
 * @param signer      the practitioner signing the correction
 * @param details     the details as they should read
 * @param reason      why (1-500 characters)
 */
public record CorrectTreatmentCommand(AppointmentId appointment, PractitionerId signer, TreatmentDetails details,
                                      String reason) {

    public CorrectTreatmentCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(reason, "reason");
    }
}
