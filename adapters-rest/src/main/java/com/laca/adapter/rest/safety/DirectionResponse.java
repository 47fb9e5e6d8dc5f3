package com.laca.adapter.rest.safety;

import com.laca.domain.safety.DoctorsDirection;
import java.time.Instant;

/** A recorded doctor's direction, with the doctor's registration as it was on the day. */
public record DirectionResponse(String client, String category, String doctorName, RegistrationJson registration,
                                String reason, String recordedBy, Instant recordedAt) {

    static DirectionResponse from(DoctorsDirection d) {
        return new DirectionResponse(d.client().toString(), d.category().name(), d.doctorName(),
                RegistrationJson.from(d.doctor()), d.reason(), d.recordedBy().toString(), d.recordedAt());
    }
}
