package com.laca.adapter.inmemory.safety;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.ConsultationId;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.safety.IdCheckId;
import com.laca.domain.safety.Licence;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.PrescriberDecisionId;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.PrescriptionId;
import com.laca.domain.safety.SafetySettings;
import com.laca.domain.safety.Screening;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps each tenant's prescriber registrations, consultations, screenings, decisions, prescriptions, ID checks,
 * doctor's directions, licences and safety settings in memory.
 */
public final class InMemoryClinicalRecordRepository implements ClinicalRecordRepository {

    private final TenantTable<PractitionerId, PrescriberRegistration> registrations;
    private final TenantTable<ConsultationId, Consultation> consultations;
    private final TenantTable<ScreeningId, Screening> screenings;
    private final TenantTable<PrescriberDecisionId, Decided> decisions;
    private final TenantTable<IdCheckId, IdCheck> idChecks;
    private final TenantTable<UUID, DoctorsDirection> directions;
    private final TenantTable<PrescriptionId, Prescription> prescriptions;
    private final TenantTable<PractitionerId, Licence> practitionerLicences;
    private final TenantTable<LocationId, Licence> premisesLicences;
    private final TenantTable<String, StoredSettings> settings;

    /** A decision with the client it concerns. */
    private record Decided(ClientId client, PrescriberDecision decision) {
    }

    public InMemoryClinicalRecordRepository(InMemoryTransactionRunner tx) {
        this.registrations = new TenantTable<>(tx);
        this.consultations = new TenantTable<>(tx);
        this.screenings = new TenantTable<>(tx);
        this.decisions = new TenantTable<>(tx);
        this.idChecks = new TenantTable<>(tx);
        this.directions = new TenantTable<>(tx);
        this.prescriptions = new TenantTable<>(tx);
        this.practitionerLicences = new TenantTable<>(tx);
        this.premisesLicences = new TenantTable<>(tx);
        this.settings = new TenantTable<>(tx);
    }

    @Override
    public void saveRegistration(PractitionerId practitioner, PrescriberRegistration registration) {
        registrations.put(practitioner, registration);
    }

    @Override
    public Optional<PrescriberRegistration> registrationOf(PractitionerId practitioner) {
        return registrations.find(practitioner);
    }

    @Override
    public void insertConsultation(Consultation consultation) {
        if (consultations.find(consultation.id()).isPresent()) {
            throw new ConflictException("consultation " + consultation.id() + " exists");
        }
        consultations.put(consultation.id(), consultation);
    }

    @Override
    public List<Consultation> consultationsOf(ClientId client) {
        return consultations.values().filter(c -> c.client().equals(client))
                .sorted(Comparator.comparing(Consultation::completedAt)).toList();
    }

    @Override
    public void insertScreening(Screening screening) {
        if (screenings.find(screening.id()).isPresent()) {
            throw new ConflictException("screening " + screening.id() + " exists");
        }
        screenings.put(screening.id(), screening);
    }

    @Override
    public Optional<Screening> screening(ScreeningId id) {
        return screenings.find(id);
    }

    @Override
    public List<Screening> screeningsOf(ClientId client) {
        return screenings.values().filter(s -> s.client().equals(client))
                .sorted(Comparator.comparing(Screening::answeredAt)).toList();
    }

    @Override
    public void insertDecision(ClientId client, PrescriberDecision decision) {
        if (decisions.find(decision.id()).isPresent()) {
            throw new ConflictException("decision " + decision.id() + " exists");
        }
        decisions.put(decision.id(), new Decided(client, decision));
    }

    @Override
    public List<PrescriberDecision> decisionsOf(ClientId client) {
        return decisions.values().filter(d -> d.client().equals(client)).map(Decided::decision)
                .sorted(Comparator.comparing(PrescriberDecision::decidedAt)).toList();
    }

    @Override
    public void insertIdCheck(IdCheck check) {
        if (idChecks.find(check.id()).isPresent()) {
            throw new ConflictException("ID check " + check.id() + " exists");
        }
        idChecks.put(check.id(), check);
    }

    @Override
    public List<IdCheck> idChecksOf(ClientId client) {
        return idChecks.values().filter(c -> c.client().equals(client))
                .sorted(Comparator.comparing(IdCheck::checkedAt)).toList();
    }

    @Override
    public void insertDirection(DoctorsDirection direction) {
        directions.put(UUID.randomUUID(), direction);
    }

    @Override
    public List<DoctorsDirection> directionsOf(ClientId client) {
        return directions.values().filter(d -> d.client().equals(client))
                .sorted(Comparator.comparing(DoctorsDirection::recordedAt)).toList();
    }

    @Override
    public void insertPrescription(Prescription prescription) {
        if (prescriptions.find(prescription.id()).isPresent()) {
            throw new ConflictException("prescription " + prescription.id() + " exists");
        }
        prescriptions.put(prescription.id(), prescription);
    }

    @Override
    public List<Prescription> prescriptionsOf(ClientId client) {
        return prescriptions.values().filter(p -> p.client().equals(client))
                .sorted(Comparator.comparing(Prescription::issuedAt)).toList();
    }

    @Override
    public void savePractitionerLicence(PractitionerId practitioner, Licence licence) {
        practitionerLicences.put(practitioner, licence);
    }

    @Override
    public Optional<Licence> practitionerLicence(PractitionerId practitioner) {
        return practitionerLicences.find(practitioner);
    }

    @Override
    public void savePremisesLicence(LocationId location, Licence licence) {
        premisesLicences.put(location, licence);
    }

    @Override
    public Optional<Licence> premisesLicence(LocationId location) {
        return premisesLicences.find(location);
    }

    @Override
    public long saveSettings(SafetySettings settings, long expectedVersion) {
        if (settingsVersion() != expectedVersion) {
            throw new VersionConflictException("safety settings", this.settings.tenant());
        }
        if (settings().filter(settings::equals).isPresent()) {
            return expectedVersion;
        }
        this.settings.put("settings", new StoredSettings(settings, expectedVersion + 1));
        return expectedVersion + 1;
    }

    @Override
    public Optional<SafetySettings> settings() {
        return settings.find("settings").map(StoredSettings::settings);
    }

    @Override
    public long settingsVersion() {
        return settings.find("settings").map(StoredSettings::version).orElse(0L);
    }

    /** A tenant's settings as saved, with the version the next change must name. */
    private record StoredSettings(SafetySettings settings, long version) {
    }
}
