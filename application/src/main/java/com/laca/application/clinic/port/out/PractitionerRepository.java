package com.laca.application.clinic.port.out;

import com.laca.domain.clinic.Practitioner;
import com.laca.domain.shared.PractitionerId;

/** Stores the people who treat clients for the current tenant. */
public interface PractitionerRepository extends ClinicRecordRepository<Practitioner, PractitionerId> {
}
