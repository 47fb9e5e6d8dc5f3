package com.laca.application.safety.port.in;

import com.laca.domain.safety.ConsultationId;
import com.laca.domain.shared.ClientId;
import java.util.Objects;

/**
 * A prescription issued after a face-to-face consultation; the prescriber is the consultation's, so the record links
 * consultation, prescriber and client without trusting the request to name them consistently.
 *
 * @param client       for whom
 * @param consultation the face-to-face consultation it follows
 * @param product      what is prescribed, 1-200 characters
 */
public record RecordPrescriptionCommand(ClientId client, ConsultationId consultation, String product) {

    public RecordPrescriptionCommand {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(consultation, "consultation");
        Objects.requireNonNull(product, "product");
    }
}
