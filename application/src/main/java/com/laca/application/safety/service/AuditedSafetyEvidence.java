package com.laca.application.safety.service;

import com.laca.application.safety.port.in.AuditLogUseCase;
import com.laca.application.safety.port.in.ClientSafetyView;
import com.laca.application.safety.port.in.RecordDirectionCommand;
import com.laca.application.safety.port.in.RecordIdCheckCommand;
import com.laca.application.safety.port.in.SafetyEvidenceUseCase;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.safety.AuditEventType;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.shared.ClientId;
import java.util.Map;
import java.util.Objects;

/**
 * Writes every ID check and doctor's direction to the clinical audit log in the same transaction as the record, because
 * they are the clinic's evidence of reasonable steps under the age gate and must be provably untouched. Details are
 * ids and codes only: never the date of birth shown or the medical reason.
 */
public final class AuditedSafetyEvidence implements SafetyEvidenceUseCase {

    private final SafetyEvidenceUseCase inner;
    private final TransactionRunner tx;
    private final AuditLogUseCase audit;

    public AuditedSafetyEvidence(SafetyEvidenceUseCase inner, TransactionRunner tx, AuditLogUseCase audit) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public IdCheck recordIdCheck(Caller caller, RecordIdCheckCommand command) {
        return tx.inTenant(caller.tenantId(), () -> {
            IdCheck check = inner.recordIdCheck(caller, command);
            audit.append(caller.tenantId(), AuditEventType.ID_CHECK_RECORDED, "client:" + check.client(),
                    "user:" + caller.userId(), Map.of("idCheck", check.id().toString(),
                            "documentType", check.documentType().name(), "checkedAt", check.checkedAt().toString()));
            return check;
        });
    }

    @Override
    public DoctorsDirection recordDirection(Caller caller, RecordDirectionCommand command) {
        return tx.inTenant(caller.tenantId(), () -> {
            DoctorsDirection direction = inner.recordDirection(caller, command);
            audit.append(caller.tenantId(), AuditEventType.DOCTORS_DIRECTION_RECORDED,
                    "client:" + direction.client(), "user:" + caller.userId(), Map.of(
                            "category", direction.category().name(),
                            "register", direction.doctor().body().name(), "number", direction.doctor().number(),
                            "recordedAt", direction.recordedAt().toString()));
            return direction;
        });
    }

    @Override
    public ClientSafetyView safetyView(Caller caller, ClientId client) {
        return inner.safetyView(caller, client);
    }
}
