package com.laca.application.safety.port.out;

import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.safety.Licence;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.SafetySettings;
import com.laca.domain.safety.Screening;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import java.util.List;
import java.util.Optional;

/**
 * Stores the current tenant's clinical facts the safety policy reads (prescriber registrations, consultations,
 * screenings, prescriber decisions, prescriptions, ID checks, doctor's directions, licences and the tenant's safety
 * settings), so a booking can load a client's facts once, inside its transaction, and the policy stays a pure function.
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

    /** Stores the proof of age staff saw; written once. */
    void insertIdCheck(IdCheck check);

    /** The client's ID checks, oldest first. */
    List<IdCheck> idChecksOf(ClientId client);

    /** Stores a doctor's direction for an under-age client; written once. */
    void insertDirection(DoctorsDirection direction);

    /** The doctor's directions recorded for the client, oldest first. */
    List<DoctorsDirection> directionsOf(ClientId client);

    /**
     * Stores a prescription; written once. Its consultation must be stored.
     *
     * @throws com.laca.application.shared.ConflictException if one with that id exists
     */
    void insertPrescription(Prescription prescription);

    /** The client's prescriptions, oldest first. */
    List<Prescription> prescriptionsOf(ClientId client);

    /** Records or replaces a practitioner's cosmetic-procedures licence. */
    void savePractitionerLicence(PractitionerId practitioner, Licence licence);

    Optional<Licence> practitionerLicence(PractitionerId practitioner);

    /** Records or replaces a location's premises licence. */
    void savePremisesLicence(LocationId location, Licence licence);

    Optional<Licence> premisesLicence(LocationId location);

    /**
     * Records or replaces the current tenant's safety settings if they are still at the expected version (0 while none
     * are stored), and answers the version they are now at: one more after a change, the same when the settings sent
     * equal those stored (nothing changed, so a copy read before still describes them).
     *
     * @throws com.laca.application.shared.VersionConflictException when they are at another version, or another
     *                                                              transaction saved them meanwhile
     */
    long saveSettings(SafetySettings settings, long expectedVersion);

    /** The current tenant's safety settings; empty while it keeps the defaults. */
    Optional<SafetySettings> settings();

    /** The version of the current tenant's stored safety settings; 0 while it keeps the defaults. */
    long settingsVersion();
}
