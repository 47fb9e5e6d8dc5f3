package com.laca.application.records.service;

import com.laca.application.consent.port.out.ConsentRecordRepository;
import com.laca.application.consent.port.out.StoredConsent;
import com.laca.application.records.port.in.EraseClientUseCase;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientAppointmentHistory;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalPhotoRepository;
import com.laca.application.records.port.out.ErasureRequestRepository;
import com.laca.application.records.port.out.LegalHoldRepository;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClinicalActivity;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.ErasureRequest;
import com.laca.domain.records.ErasureRequestId;
import com.laca.domain.records.FinancialRecordRetention;
import com.laca.domain.records.MarketingConsent;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.RecordHoldings;
import com.laca.domain.records.RecordPart;
import com.laca.domain.records.StaffNote;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.records.TreatmentRecord;
import com.laca.domain.safety.Screening;
import com.laca.domain.shared.ClientId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Carries out an erasure request in one transaction: gathers what the clinic holds about the client (and the records
 * merged into it) and the dates retention derives from, lets {@link com.laca.domain.records.ErasurePlanner} decide,
 * erases at once what it may (marketing consents, contact preferences, general notes), records each step as done and
 * stores the request, so the answer and the record of it cannot disagree. What stays is purged later by the retention
 * job; parts planned for erasure that only go with the client row itself (identity, contact details, appointment
 * history, audit: a client always has an e-mail or phone) stay pending until the purge job removes the row.
 *
 * <p>Payment records are not gathered: the records area does not depend on the payment area; they are kept under the
 * accounting rule by the payment area itself.
 */
public final class EraseClientService implements EraseClientUseCase {

    /**
     * The zone in which the calendar date is latest: an entry's date taken there is never earlier than its date in any
     * clinic's zone, so a derived retention date is never a day early (it may be a day late).
     */
    private static final ZoneOffset LATEST_DATE = ZoneOffset.ofHours(14);

    private static final Set<RecordPart> ERASED_HERE = EnumSet.of(RecordPart.MARKETING_CONSENT,
            RecordPart.CONTACT_PREFERENCES, RecordPart.GENERAL_NOTES);

    private final TransactionRunner tx;
    private final ClientProfileRepository profiles;
    private final StaffNoteRepository notes;
    private final ClientAppointmentHistory appointments;
    private final TreatmentRecordRepository records;
    private final ClinicalPhotoRepository photos;
    private final ConsentRecordRepository consents;
    private final ClinicalRecordRepository safety;
    private final AccessAuditRepository audit;
    private final LegalHoldRepository holds;
    private final ErasureRequestRepository erasures;
    private final Clock clock;

    public EraseClientService(TransactionRunner tx, ClientProfileRepository profiles, StaffNoteRepository notes,
                              ClientAppointmentHistory appointments, TreatmentRecordRepository records,
                              ClinicalPhotoRepository photos, ConsentRecordRepository consents,
                              ClinicalRecordRepository safety, AccessAuditRepository audit,
                              LegalHoldRepository holds, ErasureRequestRepository erasures, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.records = Objects.requireNonNull(records, "records");
        this.photos = Objects.requireNonNull(photos, "photos");
        this.consents = Objects.requireNonNull(consents, "consents");
        this.safety = Objects.requireNonNull(safety, "safety");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.holds = Objects.requireNonNull(holds, "holds");
        this.erasures = Objects.requireNonNull(erasures, "erasures");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ErasureRequest erase(Caller caller, ClientId client) {
        caller.require(Permission.CLIENTS_MANAGE);
        caller.require(Permission.RECORDS_AUDIT);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            ClientProfile profile = FindClientsService.load(profiles, client);
            List<ClientId> ids = new ArrayList<>();
            ids.add(client);
            profiles.mergedInto(client).forEach(absorbed -> ids.add(absorbed.id()));
            ErasureRequest request = ErasureRequest.receive(ErasureRequestId.random(), holdings(profile, ids),
                    holds.of(client), FinancialRecordRetention.UK_COMPANY_DEFAULT, now, caller.userId());
            List<RecordPart> pending = request.pendingErasures();
            ClientProfile after = profile;
            if (pending.contains(RecordPart.MARKETING_CONSENT)) {
                after = after.withMarketing(MarketingConsent.NONE);
            }
            if (pending.contains(RecordPart.CONTACT_PREFERENCES)) {
                after = after.withContactPreferences(ContactPreferences.NONE);
            }
            if (!after.equals(profile)) {
                profiles.update(after);
                profiles.append(ClientChange.erasedOnRequest(profile, after, caller.userId(), now));
            }
            if (pending.contains(RecordPart.GENERAL_NOTES)) {
                notes.eraseGeneral(ids);
            }
            for (RecordPart part : pending) {
                if (ERASED_HERE.contains(part)) {
                    request = request.recordErased(part, caller.userId(), now);
                }
            }
            erasures.insert(request);
            return request;
        });
    }

    private RecordHoldings holdings(ClientProfile profile, List<ClientId> ids) {
        Set<RecordPart> held = EnumSet.noneOf(RecordPart.class);
        if (!profile.contact().equals(ContactPreferences.NONE)) {
            held.add(RecordPart.CONTACT_PREFERENCES);
        }
        if (!profile.marketing().equals(MarketingConsent.NONE)) {
            held.add(RecordPart.MARKETING_CONSENT);
        }
        List<LocalDate> clinicalDates = new ArrayList<>();
        List<LocalDate> treatedDates = new ArrayList<>();
        for (StaffNote note : notes.about(ids)) {
            held.add(note.kind().recordPart());
            if (note.kind() != NoteKind.GENERAL) {
                clinicalDates.add(day(note.writtenAt()));
            }
        }
        for (TreatmentChart chart : records.chartsOf(ids)) {
            held.add(RecordPart.TREATMENT_RECORDS);
            treatedDates.add(chart.original().context().treatedOn());
            for (TreatmentRecord entry : chart.entries()) {
                clinicalDates.add(day(entry.signature().at()));
            }
            for (ClinicalPhoto photo : photos.ofAppointment(chart.original().context().appointment())) {
                held.add(RecordPart.PHOTOS);
                clinicalDates.add(day(photo.uploadedAt()));
            }
        }
        appointments.of(ids).forEach(line -> {
            held.add(RecordPart.APPOINTMENT_HISTORY);
            consents.forAppointment(line.appointment()).map(StoredConsent::record).ifPresent(consent -> {
                held.add(RecordPart.CONSENTS);
                clinicalDates.add(day(consent.informationGivenAt()));
            });
        });
        for (ClientId id : ids) {
            for (Screening screening : safety.screeningsOf(id)) {
                held.add(RecordPart.SCREENINGS);
                clinicalDates.add(day(screening.confirmedAt()));
            }
            if (!profiles.history(id).isEmpty()) {
                held.add(RecordPart.EDIT_HISTORY);
            }
            if (!audit.ofClient(id).isEmpty()) {
                held.add(RecordPart.ACCESS_AUDIT);
            }
        }
        boolean clinical = held.stream().anyMatch(RecordPart.CLINICAL::contains);
        Optional<ClinicalActivity> activity = Optional.empty();
        if (clinical) {
            LocalDate lastEntry = clinicalDates.stream().max(Comparator.naturalOrder()).orElseThrow();
            LocalDate lastTreated = treatedDates.stream().max(Comparator.naturalOrder()).orElse(lastEntry);
            activity = Optional.of(new ClinicalActivity(profile.dateOfBirth(),
                    lastEntry.isBefore(lastTreated) ? lastTreated : lastEntry, lastTreated));
        }
        return new RecordHoldings(profile.id(), held, activity, Optional.empty());
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, LATEST_DATE);
    }
}
