package com.laca.application.clinic.port.in;

import com.laca.domain.clinic.Treatment;
import com.laca.domain.shared.TreatmentId;

/** Manages the clinic's treatment menu. */
public interface ManageTreatmentsUseCase extends ManageClinicRecordsUseCase<Treatment, TreatmentId, TreatmentDraft> {
}
