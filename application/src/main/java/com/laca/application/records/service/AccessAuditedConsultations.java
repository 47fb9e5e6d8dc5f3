package com.laca.application.records.service;

import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.safety.port.in.RecordConsultationCommand;
import com.laca.application.safety.port.in.RecordConsultationUseCase;
import com.laca.application.safety.port.in.RecordPrescriptionCommand;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.records.AuditEntryId;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A staff read of a client's prescriber consultations written to the client's access audit, one entry per
 * consultation answered, in the same transaction; a decorator, because the safety area may not depend on the records
 * area that owns the audit. Recording registrations, consultations and prescriptions is passed straight through.
 */
public final class AccessAuditedConsultations implements RecordConsultationUseCase {

    private final RecordConsultationUseCase consultations;
    private final TransactionRunner tx;
    private final AccessAuditRepository audit;
    private final Clock clock;

    public AccessAuditedConsultations(RecordConsultationUseCase consultations, TransactionRunner tx,
                                      AccessAuditRepository audit, Clock clock) {
        this.consultations = Objects.requireNonNull(consultations, "consultations");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PrescriberRegistration register(Caller caller, PractitionerId practitioner, RegisterBody body,
                                           String number) {
        return consultations.register(caller, practitioner, body, number);
    }

    @Override
    public Consultation record(Caller caller, RecordConsultationCommand command) {
        return consultations.record(caller, command);
    }

    /** The consultations, each audited as a direct-care read of the client's safety record. */
    @Override
    public List<Consultation> consultationsOf(Caller caller, ClientId client) {
        return tx.inTenant(caller.tenantId(), () -> {
            List<Consultation> found = consultations.consultationsOf(caller, client);
            Instant now = clock.instant();
            found.forEach(consultation -> audit.append(AccessAuditEntry.read(AuditEntryId.random(),
                    caller.userId(), client, AccessedRecord.SCREENING, consultation.id().value(),
                    AccessReason.DIRECT_CARE, now)));
            return found;
        });
    }

    @Override
    public Prescription prescribe(Caller caller, RecordPrescriptionCommand command) {
        return consultations.prescribe(caller, command);
    }
}
