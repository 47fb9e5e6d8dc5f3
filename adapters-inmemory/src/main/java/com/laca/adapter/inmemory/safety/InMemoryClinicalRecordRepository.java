package com.laca.adapter.inmemory.safety;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.ConsultationId;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.PrescriberDecisionId;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Screening;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps each tenant's prescriber registrations, consultations, screenings and decisions in memory. */
public final class InMemoryClinicalRecordRepository implements ClinicalRecordRepository {

    private final TenantTable<PractitionerId, PrescriberRegistration> registrations;
    private final TenantTable<ConsultationId, Consultation> consultations;
    private final TenantTable<ScreeningId, Screening> screenings;
    private final TenantTable<PrescriberDecisionId, Decided> decisions;

    /** A decision with the client it concerns. */
    private record Decided(ClientId client, PrescriberDecision decision) {
    }

    public InMemoryClinicalRecordRepository(InMemoryTransactionRunner tx) {
        this.registrations = new TenantTable<>(tx);
        this.consultations = new TenantTable<>(tx);
        this.screenings = new TenantTable<>(tx);
        this.decisions = new TenantTable<>(tx);
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
}
