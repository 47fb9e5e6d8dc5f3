package com.laca.application.safety.service;

import com.laca.application.booking.port.out.ClientRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.safety.port.in.ClientSafetyView;
import com.laca.application.safety.port.in.RecordDirectionCommand;
import com.laca.application.safety.port.in.RecordIdCheckCommand;
import com.laca.application.safety.port.in.SafetyEvidenceUseCase;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.safety.port.out.JurisdictionsSource;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.identity.Permission;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.safety.IdCheckId;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.shared.ClientId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Records the age evidence (ID checks, doctor's directions) with the caller as author and the clock as time, and
 * checks a direction against the law before storing it, so the age gate can trust what it reads.
 */
public final class SafetyEvidenceService implements SafetyEvidenceUseCase {

    private static final int LONGEST_REASON = 2000;

    private final TransactionRunner tx;
    private final ClinicalRecordRepository records;
    private final PractitionerRepository practitioners;
    private final ClientRepository clients;
    private final JurisdictionsSource jurisdictions;
    private final Clock clock;

    /**
     * @param jurisdictions the law: a direction is recorded only for a category some jurisdiction excepts by one; the
     *                      booking gate honours it only at a location whose own law allows it
     */
    public SafetyEvidenceService(TransactionRunner tx, ClinicalRecordRepository records,
                                 PractitionerRepository practitioners, ClientRepository clients,
                                 JurisdictionsSource jurisdictions, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.records = Objects.requireNonNull(records, "records");
        this.practitioners = Objects.requireNonNull(practitioners, "practitioners");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.jurisdictions = Objects.requireNonNull(jurisdictions, "jurisdictions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IdCheck recordIdCheck(Caller caller, RecordIdCheckCommand command) {
        caller.require(Permission.CLINICAL_READ);
        if (command.dateOfBirthShown().isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            throw new InvalidInputException("dateOfBirthShown", "must not be in the future");
        }
        return tx.inTenant(caller.tenantId(), () -> {
            requireClient(command.client());
            IdCheck check = new IdCheck(IdCheckId.random(), command.client(), caller.userId(), clock.instant(),
                    command.documentType(), command.dateOfBirthShown());
            records.insertIdCheck(check);
            return check;
        });
    }

    @Override
    public DoctorsDirection recordDirection(Caller caller, RecordDirectionCommand command) {
        caller.require(Permission.CLINICAL_DECIDE);
        if (!jurisdictions.current().allowDoctorsDirectionSomewhere(command.category())) {
            throw new InvalidInputException("category", "a doctor's direction is no exception to the age "
                    + "restriction for " + command.category() + " in any jurisdiction's rules");
        }
        if (command.reason().isBlank() || command.reason().length() > LONGEST_REASON) {
            throw new InvalidInputException("reason", "must be 1-" + LONGEST_REASON + " characters");
        }
        return tx.inTenant(caller.tenantId(), () -> {
            Practitioner doctor = practitioners.find(command.doctor())
                    .orElseThrow(() -> new NotFoundException("practitioner", command.doctor()));
            PrescriberRegistration registration = records.registrationOf(doctor.id())
                    .filter(r -> r.body().isMedicalRegister())
                    .filter(r -> doctor.qualifications().contains(Qualification.PRESCRIBER))
                    .orElseThrow(() -> new InvalidInputException("doctor",
                            "is not a prescriber on the medical register (GMC)"));
            requireClient(command.client());
            DoctorsDirection direction = new DoctorsDirection(command.client(), command.category(),
                    doctor.displayName(), registration, command.reason().strip(), caller.userId(), clock.instant());
            records.insertDirection(direction);
            return direction;
        });
    }

    @Override
    public ClientSafetyView safetyView(Caller caller, ClientId client) {
        caller.require(Permission.CLINICAL_READ);
        return tx.inTenant(caller.tenantId(), () -> {
            requireClient(client);
            return new ClientSafetyView(client, records.idChecksOf(client), records.directionsOf(client),
                    records.consultationsOf(client), records.prescriptionsOf(client));
        });
    }

    private void requireClient(ClientId client) {
        if (clients.findAll(List.of(client)).isEmpty()) {
            throw new NotFoundException("client", client);
        }
    }
}
