package com.laca.application.clinic.port.in;

import com.laca.domain.clinic.Resource;
import com.laca.domain.shared.ResourceId;

/** Manages the clinic's rooms and devices. */
public interface ManageResourcesUseCase extends ManageClinicRecordsUseCase<Resource, ResourceId, ResourceDraft> {
}
