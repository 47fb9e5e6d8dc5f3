package com.laca.application.safety.service;

import com.laca.application.safety.port.in.AuditLogUseCase;
import com.laca.application.safety.port.in.RecordConsultationCommand;
import com.laca.application.safety.port.in.RecordConsultationUseCase;
import com.laca.application.safety.port.in.RecordPrescriptionCommand;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.safety.AuditEventType;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes every recorded consultation and prescription to the clinical audit log in the same transaction as the record
 * (the inner use case joins the transaction opened here), because the toxin gate trusts them: a committed one always
 * has its chained entry, a refused one has none. Details are ids and codes only, never the product or notes.
 */
public final class AuditedConsultations implements RecordConsultationUseCase {

    private final RecordConsultationUseCase inner;
    private final TransactionRunner tx;
    private final AuditLogUseCase audit;

    public AuditedConsultations(RecordConsultationUseCase inner, TransactionRunner tx, AuditLogUseCase audit) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public PrescriberRegistration register(Caller caller, PractitionerId practitioner, RegisterBody body,
                                           String number) {
        return inner.register(caller, practitioner, body, number);
    }

    @Override
    public Consultation record(Caller caller, RecordConsultationCommand command) {
        return tx.inTenant(caller.tenantId(), () -> {
            Consultation consultation = inner.record(caller, command);
            audit.append(caller.tenantId(), AuditEventType.CONSULTATION_RECORDED, "client:" + consultation.client(),
                    "user:" + caller.userId(), Map.of("consultation", consultation.id().toString(),
                            "category", consultation.category().name(), "mode", consultation.mode().name(),
                            "prescriber", consultation.prescriber().practitioner().toString(),
                            "register", consultation.prescriber().registration().body().name(),
                            "completedAt", consultation.completedAt().toString()));
            return consultation;
        });
    }

    @Override
    public List<Consultation> consultationsOf(Caller caller, ClientId client) {
        return inner.consultationsOf(caller, client);
    }

    @Override
    public Prescription prescribe(Caller caller, RecordPrescriptionCommand command) {
        return tx.inTenant(caller.tenantId(), () -> {
            Prescription prescription = inner.prescribe(caller, command);
            audit.append(caller.tenantId(), AuditEventType.PRESCRIPTION_ISSUED, "client:" + prescription.client(),
                    "user:" + caller.userId(), Map.of("prescription", prescription.id().toString(),
                            "consultation", prescription.consultation().id().toString(),
                            "prescriber", prescription.prescriber().practitioner().toString()));
            return prescription;
        });
    }
}
