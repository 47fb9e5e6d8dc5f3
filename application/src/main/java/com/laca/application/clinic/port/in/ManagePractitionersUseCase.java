package com.laca.application.clinic.port.in;

import com.laca.domain.clinic.Practitioner;
import com.laca.domain.shared.PractitionerId;

/** Manages the clinic's practitioners. */
public interface ManagePractitionersUseCase extends ManageClinicRecordsUseCase<Practitioner, PractitionerId, PractitionerDraft> {
}
