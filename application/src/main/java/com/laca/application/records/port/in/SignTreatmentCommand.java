package com.laca.application.records.port.in;

import com.laca.domain.records.TreatmentDetails;
import com.laca.domain.shared.AppointmentId;
import java.util.Objects;

/**
 * The original treatment record of a completed appointment, as the practitioner signs it; it names no signer, because
 * the signer is always the practitioner linked to the caller's own staff account, so nobody signs in another's name.
 *
 * @param appointment the appointment it documents
 * @param details     what was done
 */
public record SignTreatmentCommand(AppointmentId appointment, TreatmentDetails details) {

    public SignTreatmentCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(details, "details");
    }
}
