package com.laca.adapter.rest.safety;

import com.laca.domain.safety.Prescription;
import java.time.Instant;

/** A recorded prescription, linking consultation, prescriber and client. */
public record PrescriptionResponse(String id, String client, String consultation, String prescriber,
                                   String prescriberName, RegistrationJson registration, String product,
                                   Instant issuedAt) {

    static PrescriptionResponse from(Prescription p) {
        return new PrescriptionResponse(p.id().value().toString(), p.client().toString(),
                p.consultation().id().value().toString(), p.prescriber().practitioner().toString(),
                p.prescriber().name(), RegistrationJson.from(p.prescriber().registration()), p.product(),
                p.issuedAt());
    }
}
