package com.laca.adapter.rest.safety;

import com.laca.domain.safety.Consultation;
import java.time.Instant;

/** A recorded consultation with the prescriber's registration as it was on the day. */
public record ConsultationResponse(String id, String client, String category, String prescriber,
                                   String prescriberName, RegistrationJson registration, String mode,
                                   Instant completedAt) {

    static ConsultationResponse from(Consultation c) {
        return new ConsultationResponse(c.id().value().toString(), c.client().toString(), c.category().name(),
                c.prescriber().practitioner().toString(), c.prescriber().name(),
                RegistrationJson.from(c.prescriber().registration()), c.mode().name(), c.completedAt());
    }
}
