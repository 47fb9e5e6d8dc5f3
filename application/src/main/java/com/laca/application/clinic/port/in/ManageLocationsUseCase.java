package com.laca.application.clinic.port.in;

import com.laca.domain.clinic.Location;
import com.laca.domain.shared.LocationId;

/** Manages the clinic's sites. */
public interface ManageLocationsUseCase extends ManageClinicRecordsUseCase<Location, LocationId, LocationDraft> {
}
