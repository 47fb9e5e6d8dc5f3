package com.laca.application.safety.port.in;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.util.Objects;

/**
 * A doctor's direction that an under-age client receive a restricted treatment for a medical reason, the one lawful
 * exception to the age gate.
 *
 * @param client   for whom
 * @param category the restricted treatment directed
 * @param doctor   the directing practitioner: a prescriber on the medical register (GMC)
 * @param reason   the medical reason, 1-2000 characters
 */
public record RecordDirectionCommand(ClientId client, TreatmentCategory category, PractitionerId doctor,
                                     String reason) {

    public RecordDirectionCommand {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(doctor, "doctor");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "RecordDirectionCommand[" + client + ", " + category + ", " + doctor + ", reason redacted]";
    }
}
