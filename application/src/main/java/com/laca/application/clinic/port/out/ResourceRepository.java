package com.laca.application.clinic.port.out;

import com.laca.domain.clinic.Resource;
import com.laca.domain.shared.ResourceId;

/** Stores rooms and devices for the current tenant. */
public interface ResourceRepository extends ClinicRecordRepository<Resource, ResourceId> {
}
