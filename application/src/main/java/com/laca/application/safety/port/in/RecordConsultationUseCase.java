package com.laca.application.safety.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.util.List;

/**
 * Prescribers and their consultations: a prescription-only medicine (toxin) may only be booked and given after a
 * face-to-face consultation with a registered prescriber, so the registration and the consultation are recorded as
 * evidence, never inferred.
 */
public interface RecordConsultationUseCase {

    /**
     * Records a practitioner's statutory registration (clinic set-up, {@code SETTINGS_MANAGE}).
     *
     * @throws com.laca.application.shared.NotFoundException     for an unknown practitioner
     * @throws com.laca.application.shared.InvalidInputException for a number the register does not use
     */
    PrescriberRegistration register(Caller caller, PractitionerId practitioner, RegisterBody body, String number);

    /**
     * Records a completed consultation ({@code CLINICAL_DECIDE}).
     *
     * @throws com.laca.application.shared.NotFoundException     for an unknown client or practitioner
     * @throws com.laca.application.shared.InvalidInputException when the practitioner is not a registered prescriber
     *                                                           or the time is in the future
     */
    Consultation record(Caller caller, RecordConsultationCommand command);

    /** The client's consultations, oldest first ({@code CLINICAL_READ}). */
    List<Consultation> consultationsOf(Caller caller, ClientId client);

    /**
     * Records a prescription following one of the client's consultations ({@code CLINICAL_DECIDE}); the prescriber
     * is the consultation's.
     *
     * @throws com.laca.application.shared.NotFoundException     for an unknown client or consultation
     * @throws com.laca.application.shared.InvalidInputException when the consultation was not face to face or the
     *                                                           product is empty or too long
     */
    Prescription prescribe(Caller caller, RecordPrescriptionCommand command);
}
