package com.laca.application.records.service;

import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.records.port.in.CorrectTreatmentCommand;
import com.laca.application.records.port.in.SignTreatmentCommand;
import com.laca.application.records.port.in.TreatmentRecordsUseCase;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientAppointmentHistory;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.records.AuditEntryId;
import com.laca.domain.records.RecallQuery;
import com.laca.domain.records.SigningResult;
import com.laca.domain.records.TreatedAppointment;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.records.TreatmentRecordId;
import com.laca.domain.records.TreatmentRecordSigning;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Signs, corrects and reads treatment records and answers recall searches; the appointment's facts come from the
 * booking side, never from the request, and so does the signer: the practitioner linked to the caller's own staff
 * account, so nobody signs in a colleague's name. Every chart answered gets an access-audit entry in the same
 * transaction.
 */
public final class TreatmentRecordsService implements TreatmentRecordsUseCase {

    private final TransactionRunner tx;
    private final ClientProfileRepository profiles;
    private final ClientAppointmentHistory appointments;
    private final TreatmentRecordRepository records;
    private final AccessAuditRepository audit;
    private final StaffAccountRepository accounts;
    private final Clock clock;

    public TreatmentRecordsService(TransactionRunner tx, ClientProfileRepository profiles,
                                   ClientAppointmentHistory appointments, TreatmentRecordRepository records,
                                   AccessAuditRepository audit, StaffAccountRepository accounts, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.records = Objects.requireNonNull(records, "records");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SigningResult sign(Caller caller, SignTreatmentCommand command) {
        caller.require(Permission.CLIENTS_MANAGE);
        caller.require(Permission.CLINICAL_READ);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            PractitionerId signer = signerFor(caller);
            TreatedAppointment appointment = appointments.treated(command.appointment())
                    .orElseThrow(() -> new NotFoundException("appointment", command.appointment()));
            if (records.chart(command.appointment()).isPresent()) {
                throw new ConflictException("this appointment already has a signed treatment record; "
                        + "sign a correction instead");
            }
            SigningResult result = TreatmentRecordSigning.signOriginal(TreatmentRecordId.random(),
                    appointment.context(), appointment.status(), command.details(), signer, now);
            if (result instanceof SigningResult.Signed signed) {
                records.add(signed.record(), caller.userId());
            }
            return result;
        });
    }

    @Override
    public SigningResult correct(Caller caller, CorrectTreatmentCommand command) {
        caller.require(Permission.CLIENTS_MANAGE);
        caller.require(Permission.CLINICAL_READ);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            PractitionerId signer = signerFor(caller);
            TreatmentChart chart = records.chart(command.appointment())
                    .orElseThrow(() -> new NotFoundException("treatment record", command.appointment()));
            SigningResult result = chart.correct(TreatmentRecordId.random(), command.details(), command.reason(),
                    signer, now.isBefore(chart.current().signature().at())
                            ? chart.current().signature().at() : now);
            if (result instanceof SigningResult.Signed signed) {
                records.add(signed.record(), caller.userId());
            }
            return result;
        });
    }

    @Override
    public TreatmentChart chart(Caller caller, AppointmentId appointment, AccessReason reason) {
        caller.require(Permission.CLINICAL_READ);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            TreatmentChart chart = records.chart(appointment)
                    .orElseThrow(() -> new NotFoundException("treatment record", appointment));
            audited(caller, chart, reason, now);
            return chart;
        });
    }

    @Override
    public List<TreatmentChart> chartsOf(Caller caller, ClientId client, AccessReason reason) {
        caller.require(Permission.CLINICAL_READ);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            FindClientsService.load(profiles, client);
            List<ClientId> ids = new ArrayList<>();
            ids.add(client);
            profiles.mergedInto(client).forEach(absorbed -> ids.add(absorbed.id()));
            List<TreatmentChart> charts = new ArrayList<>(records.chartsOf(ids));
            charts.sort(Comparator.comparing((TreatmentChart c) -> c.original().context().treatedOn()).reversed());
            charts.forEach(chart -> audited(caller, chart, reason, now));
            return charts;
        });
    }

    @Override
    public List<RecallQuery.RecallHit> recall(Caller caller, RecallQuery query) {
        caller.require(Permission.CLINICAL_READ);
        caller.require(Permission.RECORDS_AUDIT);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            List<RecallQuery.RecallHit> hits = records.currentWithLot(query.lot(), query.from(), query.to()).stream()
                    .flatMap(entry -> query.hitsIn(entry).stream())
                    .sorted(Comparator.comparing(RecallQuery.RecallHit::treatedOn)
                            .thenComparing(hit -> hit.entry().toString()))
                    .toList();
            Map<TreatmentRecordId, ClientId> read = new LinkedHashMap<>();
            hits.forEach(hit -> read.putIfAbsent(hit.entry(), hit.client()));
            read.forEach((entry, client) -> audit.append(AccessAuditEntry.read(AuditEntryId.random(),
                    caller.userId(), client, AccessedRecord.TREATMENT_RECORD, entry.value(),
                    AccessReason.PRODUCT_RECALL, now)));
            return hits;
        });
    }

    /** The practitioner the caller is, from their own staff account; a signature is never made in another's name. */
    private PractitionerId signerFor(Caller caller) {
        return accounts.findById(caller.userId()).flatMap(StaffAccount::linkedPractitioner)
                .orElseThrow(() -> new AccessDeniedException(Permission.CLINICAL_READ, "A treatment record is signed "
                        + "only by a practitioner themself: your staff account is not linked to a practitioner."));
    }

    /** One audit entry per chart read, naming the entry in force. */
    private void audited(Caller caller, TreatmentChart chart, AccessReason reason, Instant now) {
        audit.append(AccessAuditEntry.read(AuditEntryId.random(), caller.userId(), chart.original().context().client(),
                AccessedRecord.TREATMENT_RECORD, chart.current().id().value(), reason, now));
    }
}
