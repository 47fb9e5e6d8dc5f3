package com.laca.application.safety.service;

import com.laca.application.booking.port.out.ClientRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.safety.port.in.RecordConsultationCommand;
import com.laca.application.safety.port.in.RecordConsultationUseCase;
import com.laca.application.safety.port.in.RecordPrescriptionCommand;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.identity.Permission;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.ConsultationId;
import com.laca.domain.safety.Prescriber;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.PrescriptionId;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Records prescriber registrations, consultations and prescriptions, checking that the consultation's prescriber really is one (the
 * prescriber qualification and a registration on file), so the toxin gate can trust what it reads.
 */
public final class ConsultationService implements RecordConsultationUseCase {

    private final TransactionRunner tx;
    private final ClinicalRecordRepository records;
    private final PractitionerRepository practitioners;
    private final ClientRepository clients;
    private final Clock clock;

    public ConsultationService(TransactionRunner tx, ClinicalRecordRepository records,
                               PractitionerRepository practitioners, ClientRepository clients, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.records = Objects.requireNonNull(records, "records");
        this.practitioners = Objects.requireNonNull(practitioners, "practitioners");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PrescriberRegistration register(Caller caller, PractitionerId practitioner, RegisterBody body,
                                           String number) {
        caller.require(Permission.SETTINGS_MANAGE);
        PrescriberRegistration registration;
        try {
            registration = new PrescriberRegistration(body, number == null ? "" : number);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("number", "is not a " + body + " registration number");
        }
        return tx.inTenant(caller.tenantId(), () -> {
            practitioners.find(practitioner).orElseThrow(() -> new NotFoundException("practitioner", practitioner));
            records.saveRegistration(practitioner, registration);
            return registration;
        });
    }

    @Override
    public Consultation record(Caller caller, RecordConsultationCommand command) {
        caller.require(Permission.CLINICAL_DECIDE);
        if (command.completedAt().isAfter(clock.instant())) {
            throw new InvalidInputException("completedAt", "must not be in the future");
        }
        return tx.inTenant(caller.tenantId(), () -> {
            Practitioner practitioner = practitioners.find(command.prescriber())
                    .orElseThrow(() -> new NotFoundException("practitioner", command.prescriber()));
            if (!practitioner.qualifications().contains(Qualification.PRESCRIBER)) {
                throw new InvalidInputException("prescriber", "does not hold the prescriber qualification");
            }
            PrescriberRegistration registration = records.registrationOf(practitioner.id()).orElseThrow(
                    () -> new InvalidInputException("prescriber", "has no registration (GMC, NMC, GPhC, GDC) on file"));
            if (clients.findAll(List.of(command.client())).isEmpty()) {
                throw new NotFoundException("client", command.client());
            }
            Consultation consultation = new Consultation(ConsultationId.random(), command.client(),
                    command.category(), Prescriber.of(practitioner, registration), command.mode(),
                    command.completedAt());
            records.insertConsultation(consultation);
            return consultation;
        });
    }

    @Override
    public List<Consultation> consultationsOf(Caller caller, ClientId client) {
        caller.require(Permission.CLINICAL_READ);
        return tx.inTenant(caller.tenantId(), () -> records.consultationsOf(client));
    }

    @Override
    public Prescription prescribe(Caller caller, RecordPrescriptionCommand command) {
        caller.require(Permission.CLINICAL_DECIDE);
        String product = command.product().strip();
        if (product.isEmpty() || product.length() > 200) {
            throw new InvalidInputException("product", "must be 1-200 characters");
        }
        return tx.inTenant(caller.tenantId(), () -> {
            Consultation consultation = records.consultationsOf(command.client()).stream()
                    .filter(c -> c.id().equals(command.consultation())).findFirst()
                    .orElseThrow(() -> new NotFoundException("consultation", command.consultation()));
            if (!consultation.mode().supportsPrescribing()) {
                throw new InvalidInputException("consultation", "a prescription needs a face-to-face consultation; "
                        + "this one was " + consultation.mode());
            }
            Prescription prescription = new Prescription(PrescriptionId.random(), consultation,
                    consultation.prescriber(), command.client(), product, clock.instant());
            records.insertPrescription(prescription);
            return prescription;
        });
    }
}
