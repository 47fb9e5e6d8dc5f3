package com.laca.application.safety.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.shared.ClientId;

/**
 * The age evidence the 2021 Act asks of a clinic: the proof of age staff saw (reasonable steps) and the doctor's
 * direction that is the only lawful way past the age gate, recorded by named staff at a known time and shown in the
 * client's safety view.
 */
public interface SafetyEvidenceUseCase {

    /**
     * Records the proof of age seen ({@code CLINICAL_READ}); the caller and the clock say who and when.
     *
     * @throws com.laca.application.shared.NotFoundException for an unknown client
     */
    IdCheck recordIdCheck(Caller caller, RecordIdCheckCommand command);

    /**
     * Records a doctor's direction ({@code CLINICAL_DECIDE}).
     *
     * @throws com.laca.application.shared.NotFoundException     for an unknown client or practitioner
     * @throws com.laca.application.shared.InvalidInputException when the doctor is not a GMC-registered prescriber,
     *                                                           the law allows no direction for the category, or
     *                                                           the reason is empty or too long
     */
    DoctorsDirection recordDirection(Caller caller, RecordDirectionCommand command);

    /** The client's ID checks, directions, consultations and prescriptions ({@code CLINICAL_READ}). */
    ClientSafetyView safetyView(Caller caller, ClientId client);
}
