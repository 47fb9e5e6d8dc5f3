package com.laca.application.booking.port.in;

import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which slots to list: a treatment, a range of local dates (read in each location's own zone, both inclusive, at
 * most 31 days) and optionally one practitioner or one location.
 *
 * @param tenant resolved from the public URL's slug, never from the request body
 */
public record AvailabilityRequest(TenantId tenant, TreatmentId treatment, LocalDate from, LocalDate to,
                                  Optional<PractitionerId> practitioner, Optional<LocationId> location) {

    public AvailabilityRequest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(location, "location");
    }
}
