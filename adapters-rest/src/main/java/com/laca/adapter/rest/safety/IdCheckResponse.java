package com.laca.adapter.rest.safety;

import com.laca.domain.safety.IdCheck;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded ID check: who saw which document, when, and the date of birth it showed. */
public record IdCheckResponse(String id, String client, String checkedBy, Instant checkedAt, String documentType,
                              LocalDate dateOfBirthShown) {

    static IdCheckResponse from(IdCheck c) {
        return new IdCheckResponse(c.id().value().toString(), c.client().toString(), c.checkedBy().toString(),
                c.checkedAt(), c.documentType().name(), c.dateOfBirthShown());
    }
}
