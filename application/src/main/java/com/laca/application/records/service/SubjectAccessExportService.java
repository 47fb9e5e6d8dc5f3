package com.laca.application.records.service;

import com.laca.application.booking.port.out.DeskRecordRepository;
import com.laca.application.consent.port.out.ConsentRecordRepository;
import com.laca.application.consent.port.out.DocumentKey;
import com.laca.application.consent.port.out.DocumentStore;
import com.laca.application.consent.port.out.StoredConsent;
import com.laca.application.records.port.in.StoredFile;
import com.laca.application.records.port.in.SubjectAccessExport;
import com.laca.application.records.port.in.SubjectAccessExportUseCase;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientAppointmentHistory;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalPhotoRepository;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.booking.AppointmentNote;
import com.laca.domain.booking.CancellationRecord;
import com.laca.domain.identity.Permission;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AuditEntryId;
import com.laca.domain.records.ClientAppointment;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.StaffNote;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers a subject-access request: gathers the client's whole record (details, history, notes, appointments with
 * the desk's notes and cancellations, treatment records, photos, consents with their documents, safety evidence and
 * the access audit, the merged records' included) from every area that holds part of it, in one transaction that also
 * writes the export to the access audit, so the gathered record and its audit entry stand or fall together. The stored
 * files are only named in it and read while the archive is written, after the transaction, so no connection is held
 * while megabytes of photos are read.
 */
public final class SubjectAccessExportService implements SubjectAccessExportUseCase {

    private final TransactionRunner tx;
    private final ClientProfileRepository profiles;
    private final StaffNoteRepository notes;
    private final ClientAppointmentHistory appointments;
    private final DeskRecordRepository desk;
    private final TreatmentRecordRepository records;
    private final ClinicalPhotoRepository photos;
    private final ConsentRecordRepository consents;
    private final ClinicalRecordRepository safety;
    private final AccessAuditRepository audit;
    private final DocumentStore store;
    private final Clock clock;

    public SubjectAccessExportService(TransactionRunner tx, ClientProfileRepository profiles, StaffNoteRepository notes,
                                      ClientAppointmentHistory appointments, DeskRecordRepository desk,
                                      TreatmentRecordRepository records,
                                      ClinicalPhotoRepository photos, ConsentRecordRepository consents,
                                      ClinicalRecordRepository safety, AccessAuditRepository audit,
                                      DocumentStore store, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.records = Objects.requireNonNull(records, "records");
        this.photos = Objects.requireNonNull(photos, "photos");
        this.consents = Objects.requireNonNull(consents, "consents");
        this.safety = Objects.requireNonNull(safety, "safety");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SubjectAccessExport export(Caller caller, ClientId client) {
        caller.require(Permission.CLINICAL_READ);
        caller.require(Permission.RECORDS_AUDIT);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            ClientProfile profile = FindClientsService.load(profiles, client);
            List<ClientProfile> merged = profiles.mergedInto(client);
            List<ClientId> ids = new ArrayList<>();
            ids.add(client);
            merged.forEach(absorbed -> ids.add(absorbed.id()));
            audit.append(AccessAuditEntry.export(AuditEntryId.random(), caller.userId(), client,
                    AccessReason.SUBJECT_ACCESS_REQUEST, now));

            List<ClientChange> history = new ArrayList<>();
            ids.forEach(id -> history.addAll(profiles.history(id)));
            history.sort(Comparator.comparing(ClientChange::changedAt));
            List<StaffNote> written = new ArrayList<>(notes.about(ids));
            written.sort(Comparator.comparing(StaffNote::writtenAt));
            List<ClientAppointment> booked = appointments.of(ids);
            List<AppointmentId> bookedIds = booked.stream().map(ClientAppointment::appointment).toList();
            List<AppointmentNote> deskNotes = new ArrayList<>(desk.notes(bookedIds));
            deskNotes.sort(Comparator.comparing(AppointmentNote::writtenAt));
            List<CancellationRecord> cancelled = new ArrayList<>(desk.cancellations(bookedIds).values());
            cancelled.sort(Comparator.comparing(CancellationRecord::cancelledAt));
            List<TreatmentChart> charts = new ArrayList<>(records.chartsOf(ids));
            charts.sort(Comparator.comparing((TreatmentChart c) -> c.original().context().treatedOn()));
            List<SubjectAccessExport.Photo> taken = charts.stream()
                    .flatMap(chart -> photos.ofAppointment(chart.original().context().appointment()).stream())
                    .map(photo -> new SubjectAccessExport.Photo(photo,
                            stored(new DocumentKey(caller.tenantId(), photo.documentKey()))))
                    .toList();
            List<SubjectAccessExport.Consent> given = booked.stream()
                    .map(line -> consents.forAppointment(line.appointment()))
                    .flatMap(Optional::stream)
                    .map(this::withDocument)
                    .toList();
            List<AccessAuditEntry> reads = new ArrayList<>();
            ids.forEach(id -> reads.addAll(audit.ofClient(id)));
            reads.sort(Comparator.comparing(AccessAuditEntry::at));
            return new SubjectAccessExport(profile, merged, history, written, booked, deskNotes, cancelled, charts, taken, given,
                    safetyOf(ids), reads, caller.userId(), now);
        });
    }

    private SubjectAccessExport.Consent withDocument(StoredConsent stored) {
        return new SubjectAccessExport.Consent(stored.record(), stored.appointment(),
                stored.document().map(document -> stored(document.key())));
    }

    private StoredFile stored(DocumentKey key) {
        return () -> store.get(key);
    }

    private SubjectAccessExport.Safety safetyOf(List<ClientId> ids) {
        return new SubjectAccessExport.Safety(all(ids, safety::screeningsOf), all(ids, safety::decisionsOf),
                all(ids, safety::idChecksOf), all(ids, safety::directionsOf), all(ids, safety::consultationsOf),
                all(ids, safety::prescriptionsOf));
    }

    private static <T> List<T> all(List<ClientId> ids, Function<ClientId, List<T>> of) {
        return ids.stream().flatMap(id -> of.apply(id).stream()).toList();
    }
}
