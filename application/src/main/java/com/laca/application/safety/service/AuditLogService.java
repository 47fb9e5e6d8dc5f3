package com.laca.application.safety.service;

import com.laca.application.safety.port.in.AuditLogUseCase;
import com.laca.application.safety.port.out.AuditLogRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.safety.AuditChainVerifier;
import com.laca.domain.safety.AuditEntry;
import com.laca.domain.safety.AuditEventType;
import com.laca.domain.shared.TenantId;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the clinical audit log: each event is appended in the transaction of the change it records (so a rolled-back
 * change leaves no entry, and a committed one always has one), chained to the previous entry's hash.
 */
public final class AuditLogService implements AuditLogUseCase {

    private final TransactionRunner tx;
    private final AuditLogRepository log;
    private final Clock clock;
    private final AuditChainVerifier verifier = new AuditChainVerifier();

    public AuditLogService(TransactionRunner tx, AuditLogRepository log, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void append(TenantId tenant, AuditEventType type, String subject, String actor,
                       Map<String, String> details) {
        tx.inTenant(tenant, () -> {
            AuditEntry entry = log.last()
                    .map(last -> last.next(clock.instant(), type, subject, actor, details))
                    .orElseGet(() -> AuditEntry.first(tenant, clock.instant(), type, subject, actor, details));
            log.append(entry);
            return null;
        });
    }

    @Override
    public AuditChainVerifier.ChainVerification verify(Caller caller) {
        caller.require(Permission.CLINICAL_READ);
        return tx.inTenant(caller.tenantId(), () -> verifier.verify(log.all()));
    }
}
