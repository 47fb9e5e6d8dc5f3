package com.laca.application.records.service;

import com.laca.application.consent.port.in.ConsentUseCase;
import com.laca.application.consent.port.in.ConsentView;
import com.laca.application.consent.port.in.DocumentContent;
import com.laca.application.consent.port.in.DocumentVerification;
import com.laca.application.consent.port.in.SignConsentCommand;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.records.AuditEntryId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import java.time.Clock;
import java.util.Objects;

/**
 * Staff reads of a consent (the form as signed, and its archived PDF) written to the client's access audit in the
 * same transaction that builds the answer; a decorator, because the consent area may not depend on the records area
 * that owns the audit. The client's own reads through their booking link and the writes are passed straight through.
 */
public final class AccessAuditedConsents implements ConsentUseCase {

    private final ConsentUseCase consents;
    private final TransactionRunner tx;
    private final AccessAuditRepository audit;
    private final Clock clock;

    public AccessAuditedConsents(ConsentUseCase consents, TransactionRunner tx, AccessAuditRepository audit,
                                 Clock clock) {
        this.consents = Objects.requireNonNull(consents, "consents");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ConsentView forBooking(TenantId tenant, String manageToken) {
        return consents.forBooking(tenant, manageToken);
    }

    @Override
    public ConsentView sign(TenantId tenant, String manageToken, SignConsentCommand command) {
        return consents.sign(tenant, manageToken, command);
    }

    /** The consent as staff see it, audited as a direct-care read of that consent. */
    @Override
    public ConsentView status(Caller caller, AppointmentId appointment) {
        return tx.inTenant(caller.tenantId(), () -> audited(caller, consents.status(caller, appointment)));
    }

    @Override
    public ConsentView countersign(Caller caller, AppointmentId appointment, PractitionerId practitioner) {
        return consents.countersign(caller, appointment, practitioner);
    }

    /** The archived PDF, audited as a read of its consent before the bytes are answered. */
    @Override
    public DocumentContent document(Caller caller, AppointmentId appointment) {
        return tx.inTenant(caller.tenantId(), () -> {
            audited(caller, consents.status(caller, appointment));
            return consents.document(caller, appointment);
        });
    }

    /** Only digests are answered, no content, so nothing is read that the audit must record. */
    @Override
    public DocumentVerification verify(Caller caller, AppointmentId appointment) {
        return consents.verify(caller, appointment);
    }

    private ConsentView audited(Caller caller, ConsentView view) {
        audit.append(AccessAuditEntry.read(AuditEntryId.random(), caller.userId(), view.record().client(),
                AccessedRecord.CONSENT, view.record().id().value(), AccessReason.DIRECT_CARE, clock.instant()));
        return view;
    }
}
