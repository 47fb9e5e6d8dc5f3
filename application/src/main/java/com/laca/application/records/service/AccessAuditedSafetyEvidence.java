package com.laca.application.records.service;

import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.safety.port.in.ClientSafetyView;
import com.laca.application.safety.port.in.RecordDirectionCommand;
import com.laca.application.safety.port.in.RecordIdCheckCommand;
import com.laca.application.safety.port.in.SafetyEvidenceUseCase;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.records.AuditEntryId;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.shared.ClientId;
import java.time.Clock;
import java.util.Objects;

/**
 * A staff read of a client's safety view (ID checks, doctor's directions, consultations, prescriptions) written to
 * the client's access audit in the same transaction; a decorator, because the safety area may not depend on the
 * records area that owns the audit. The view is the client's safety record as a whole, so the entry names the client.
 */
public final class AccessAuditedSafetyEvidence implements SafetyEvidenceUseCase {

    private final SafetyEvidenceUseCase evidence;
    private final TransactionRunner tx;
    private final AccessAuditRepository audit;
    private final Clock clock;

    public AccessAuditedSafetyEvidence(SafetyEvidenceUseCase evidence, TransactionRunner tx,
                                       AccessAuditRepository audit, Clock clock) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IdCheck recordIdCheck(Caller caller, RecordIdCheckCommand command) {
        return evidence.recordIdCheck(caller, command);
    }

    @Override
    public DoctorsDirection recordDirection(Caller caller, RecordDirectionCommand command) {
        return evidence.recordDirection(caller, command);
    }

    /** The view, audited as a direct-care read of the client's safety record. */
    @Override
    public ClientSafetyView safetyView(Caller caller, ClientId client) {
        return tx.inTenant(caller.tenantId(), () -> {
            ClientSafetyView view = evidence.safetyView(caller, client);
            audit.append(AccessAuditEntry.read(AuditEntryId.random(), caller.userId(), client,
                    AccessedRecord.SCREENING, client.value(), AccessReason.DIRECT_CARE, clock.instant()));
            return view;
        });
    }
}
