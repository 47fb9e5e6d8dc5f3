package com.laca.application.clinic.port.out;

import com.laca.domain.clinic.Location;
import com.laca.domain.shared.LocationId;

/** Stores the clinic's sites for the current tenant. */
public interface LocationRepository extends ClinicRecordRepository<Location, LocationId> {
}
