package com.laca.application.clinic.port.out;

import com.laca.domain.clinic.Treatment;
import com.laca.domain.shared.TreatmentId;
import java.util.List;

/** Stores the current tenant's treatment menu. */
public interface TreatmentRepository extends ClinicRecordRepository<Treatment, TreatmentId> {

    /** The treatments clients may book, ordered by category and name, for the public menu. */
    List<Treatment> listActive();
}
