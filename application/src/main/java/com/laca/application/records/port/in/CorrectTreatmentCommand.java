package com.laca.application.records.port.in;

import com.laca.domain.records.TreatmentDetails;
import com.laca.domain.shared.AppointmentId;
import java.util.Objects;

/**
 * A correction of the entry in force of an appointment's treatment record: new details and why; signed, like the
 * original, by the practitioner linked to the caller's staff account, never by one named in the request.
 *
 * @param appointment the appointment whose chart is corrected
 * @param details     the details as they should read
 * @param reason      why (1-500 characters)
 */
public record CorrectTreatmentCommand(AppointmentId appointment, TreatmentDetails details,
                                      String reason) {

    public CorrectTreatmentCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(reason, "reason");
    }
}
