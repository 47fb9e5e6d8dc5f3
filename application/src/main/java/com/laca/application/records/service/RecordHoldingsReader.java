package com.laca.application.records.service;

import com.laca.application.consent.port.out.ConsentRecordRepository;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientAppointmentHistory;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalPhotoRepository;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClinicalActivity;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.MarketingConsent;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.RecordHoldings;
import com.laca.domain.records.RecordPart;
import com.laca.domain.records.StaffNote;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.records.TreatmentRecord;
import com.laca.domain.safety.Screening;
import com.laca.domain.shared.ClientId;
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
 * Gathers what the clinic holds about a client (and the records merged into it) with the dates clinical retention is
 * derived from, so the answer to an erasure request and the retention job derive the same date from the same facts.
 * It reads each kind of entry by client, as the retention job purges them, with a query per kind (per client id of
 * the record where the port asks one client at a time), never one per appointment, and asks whether history and audit
 * exist without reading them. Always called inside {@link com.laca.application.shared.TransactionRunner#inTenant}.
 */
public final class RecordHoldingsReader {

    /**
     * The zone in which the calendar date is latest: an entry's date taken there is never earlier than its date in any
     * clinic's zone, so a derived retention date is never a day early (it may be a day late).
     */
    private static final ZoneOffset LATEST_DATE = ZoneOffset.ofHours(14);

    private final ClientProfileRepository profiles;
    private final StaffNoteRepository notes;
    private final ClientAppointmentHistory appointments;
    private final TreatmentRecordRepository records;
    private final ClinicalPhotoRepository photos;
    private final ConsentRecordRepository consents;
    private final ClinicalRecordRepository safety;
    private final AccessAuditRepository audit;

    public RecordHoldingsReader(ClientProfileRepository profiles, StaffNoteRepository notes,
                                ClientAppointmentHistory appointments, TreatmentRecordRepository records,
                                ClinicalPhotoRepository photos, ConsentRecordRepository consents,
                                ClinicalRecordRepository safety, AccessAuditRepository audit) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.records = Objects.requireNonNull(records, "records");
        this.photos = Objects.requireNonNull(photos, "photos");
        this.consents = Objects.requireNonNull(consents, "consents");
        this.safety = Objects.requireNonNull(safety, "safety");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** The client and every client merged into it, directly or through another merge: one person's record. */
    List<ClientId> withMerged(ClientId client) {
        List<ClientId> ids = new ArrayList<>();
        ids.add(client);
        profiles.mergedInto(client).forEach(absorbed -> ids.add(absorbed.id()));
        return ids;
    }

    /** What is held about {@code profile} under the client ids {@code ids} (its own and the merged ones). */
    RecordHoldings holdings(ClientProfile profile, List<ClientId> ids) {
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
        }
        for (ClinicalPhoto photo : photos.ofClients(ids)) {
            held.add(RecordPart.PHOTOS);
            clinicalDates.add(day(photo.uploadedAt()));
        }
        if (!appointments.of(ids).isEmpty()) {
            held.add(RecordPart.APPOINTMENT_HISTORY);
        }
        for (ClientId id : ids) {
            for (ConsentRecord consent : consents.ofClient(id)) {
                held.add(RecordPart.CONSENTS);
                clinicalDates.add(day(consent.informationGivenAt()));
            }
            for (Screening screening : safety.screeningsOf(id)) {
                held.add(RecordPart.SCREENINGS);
                clinicalDates.add(day(screening.confirmedAt()));
            }
            List<Instant> prescribing = prescribingEvidence(id);
            if (!prescribing.isEmpty()) {
                held.add(RecordPart.PRESCRIBING_EVIDENCE);
                prescribing.forEach(at -> clinicalDates.add(day(at)));
            }
        }
        if (profiles.hasHistory(ids)) {
            held.add(RecordPart.EDIT_HISTORY);
        }
        if (audit.anyAbout(ids)) {
            held.add(RecordPart.ACCESS_AUDIT);
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

    /** When each consultation, prescription, doctor's direction and proof of age of the client was recorded. */
    private List<Instant> prescribingEvidence(ClientId client) {
        List<Instant> recorded = new ArrayList<>();
        safety.consultationsOf(client).forEach(consultation -> recorded.add(consultation.completedAt()));
        safety.prescriptionsOf(client).forEach(prescription -> recorded.add(prescription.issuedAt()));
        safety.directionsOf(client).forEach(direction -> recorded.add(direction.recordedAt()));
        safety.idChecksOf(client).forEach(check -> recorded.add(check.checkedAt()));
        return recorded;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, LATEST_DATE);
    }
}
