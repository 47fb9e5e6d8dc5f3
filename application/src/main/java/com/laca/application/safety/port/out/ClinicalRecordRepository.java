package com.laca.application.safety.port.out;

import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Screening;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.util.List;
import java.util.Optional;

/**
 * Stores the current tenant's clinical facts the safety policy reads (prescriber registrations, consultations,
 * screenings and prescriber decisions), so a booking can load a client's facts once, inside its transaction, and the policy stays a pure function.
 * Consultations are written once and never changed.
 */
public interface ClinicalRecordRepository {

    /** Records or replaces a practitioner's statutory registration. */
    void saveRegistration(PractitionerId practitioner, PrescriberRegistration registration);

    Optional<PrescriberRegistration> registrationOf(PractitionerId practitioner);

    /**
     * Stores a completed consultation.
     *
     * @throws com.laca.application.shared.ConflictException if one with that id exists
     */
    void insertConsultation(Consultation consultation);

    /** The client's consultations, oldest first. */
    List<Consultation> consultationsOf(ClientId client);

    /**
     * Stores a screening (answers never change; a new screening replaces an old one).
     *
     * @throws com.laca.application.shared.ConflictException if one with that id exists
     */
    void insertScreening(Screening screening);

    Optional<Screening> screening(ScreeningId id);

    /** The client's screenings, oldest first. */
    List<Screening> screeningsOf(ClientId client);

    /** Stores a prescriber's decision on one of the client's screenings; written once. */
    void insertDecision(ClientId client, PrescriberDecision decision);

    /** The decisions on the client's screenings, oldest first. */
    List<PrescriberDecision> decisionsOf(ClientId client);
}
