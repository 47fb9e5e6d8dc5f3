package com.laca.application.port.in.booking;

import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to book one treatment at one start time.
 *
 * @param practitioner empty for "any practitioner", assigned by the engine's fair rule
 * @param location     empty when the treatment is offered at one location only, or any will do
 */
public record BookAppointmentCommand(TenantId tenant, TreatmentId treatment, Instant start,
                                     Optional<PractitionerId> practitioner, Optional<LocationId> location,
                                     ClientDetails client) {

    public BookAppointmentCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(client, "client");
    }
}
