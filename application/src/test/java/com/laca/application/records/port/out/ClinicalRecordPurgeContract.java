package com.laca.application.records.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.consent.port.out.DocumentKey;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.shared.PersistenceContract;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClientStatus;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.ClinicalPurgeStep;
import com.laca.domain.records.Dose;
import com.laca.domain.records.DoseUnit;
import com.laca.domain.records.InjectionSite;
import com.laca.domain.records.LegalHold;
import com.laca.domain.records.LegalHoldId;
import com.laca.domain.records.LotNumber;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.PhotoFormat;
import com.laca.domain.records.PhotoId;
import com.laca.domain.records.PhotoKind;
import com.laca.domain.records.ProductUse;
import com.laca.domain.records.PurgeDecision;
import com.laca.domain.records.RecordPart;
import com.laca.domain.records.RetentionBasis;
import com.laca.domain.records.Side;
import com.laca.domain.records.SigningResult;
import com.laca.domain.records.SiteDose;
import com.laca.domain.records.StaffNote;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.records.TreatmentContext;
import com.laca.domain.records.TreatmentDetails;
import com.laca.domain.records.TreatmentRecord;
import com.laca.domain.records.TreatmentRecordId;
import com.laca.domain.records.TreatmentRecordSigning;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.ConsultationId;
import com.laca.domain.safety.ConsultationMode;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.safety.IdCheckId;
import com.laca.domain.safety.IdDocumentType;
import com.laca.domain.safety.Prescriber;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.PrescriptionId;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link ClinicalRecordPurgeRepository} contract: it finds the clients whose clinical entries are all older than a
 * cutoff, deletes their whole clinical record (chains of corrections and amendments included) and nothing else, and
 * keeps the job's log; all in the current tenant only. Its client lock makes other locks of the client wait, not the
 * rows that point at the client, and answers a merge of the client as committed, not as this transaction read it.
 */
public abstract class ClinicalRecordPurgeContract extends PersistenceContract {

    private static final Instant LONG_AGO = Instant.parse("2017-03-01T10:00:00Z");
    private static final Instant CUTOFF = Instant.parse("2018-01-01T00:00:00Z");
    private static final UserId STAFF = UserId.random();
    private static final PractitionerId NURSE = PractitionerId.random();
    private static final long GUARD_SECONDS = 60;
    /** Far longer than a note's insert takes, far shorter than a lock would be held. */
    private static final long NOTE_SECONDS = 10;

    /** The repository under test, over the same store as {@link #ports}. */
    protected abstract ClinicalRecordPurgeRepository purges();

    protected abstract TreatmentRecordRepository records();

    protected abstract StaffNoteRepository notes();

    protected abstract ClinicalPhotoRepository photos();

    protected abstract ClinicalRecordRepository safety();

    protected abstract ClientProfileRepository profiles();

    private Client storedClient(String name) {
        Client client = new Client(ClientId.random(), tenantA, name, "Purged", new EmailAddress(name + "@example.com"),
                new PhoneNumber("07700 900127"), LocalDate.of(1980, 2, 29));
        doInA(() -> ports.clients().insert(client));
        return client;
    }

    /**
     * An original entry and its correction, a clinical note and its amendment, a photo, and the prescribing evidence
     * (a consultation and its prescription, a doctor's direction, a proof of age), all long ago.
     */
    private AppointmentId storeOldClinicalRecord(ClientId client) {
        AppointmentId appointment = AppointmentId.random();
        TreatmentDetails filler = new TreatmentDetails(List.of(new ProductUse("Juvederm Volbella", "Allergan",
                new LotNumber("V1234"), LocalDate.of(2018, 5, 31), List.of(new SiteDose(InjectionSite.LIPS,
                Side.WHOLE, Dose.of("0.5", DoseUnit.ML))))), Optional.of("cannula"),
                Optional.of("no make-up for 12 hours"), List.of(), Optional.empty());
        TreatmentRecord original = ((SigningResult.Signed) TreatmentRecordSigning.signOriginal(
                TreatmentRecordId.random(), new TreatmentContext(appointment, client, NURSE,
                        TreatmentCategory.DERMAL_FILLER, LocalDate.of(2017, 3, 1)), AppointmentStatus.COMPLETED,
                filler, NURSE, LONG_AGO)).record();
        TreatmentRecord correction = ((SigningResult.Signed) TreatmentChart.of(original).correct(
                TreatmentRecordId.random(), filler, "wrong side", NURSE, LONG_AGO.plusSeconds(60))).record();
        StaffNote note = StaffNote.write(NoteId.random(), client, NoteKind.CLINICAL, "swelling", STAFF, LONG_AGO);
        PhotoId photo = PhotoId.random();
        doInA(() -> {
            records().add(original, STAFF);
            records().add(correction, STAFF);
            notes().add(note);
            notes().add(note.amend(NoteId.random(), "swelling, settled", STAFF, LONG_AGO.plusSeconds(60)));
            notes().add(StaffNote.write(NoteId.random(), client, NoteKind.ALERT, "needle phobia", STAFF, LONG_AGO));
            notes().add(StaffNote.write(NoteId.random(), client, NoteKind.GENERAL, "prefers mornings", STAFF,
                    LONG_AGO));
            photos().add(new ClinicalPhoto(photo, client, appointment, PhotoKind.BEFORE, PhotoFormat.JPEG, 64, 48,
                    1_000, "c".repeat(64), "photos/" + photo + ".jpg", STAFF, LONG_AGO));
            storePrescribingEvidence(client, LONG_AGO);
        });
        return appointment;
    }

    /** A face-to-face consultation and its prescription, a doctor's direction and a proof of age, at {@code at}. */
    private void storePrescribingEvidence(ClientId client, Instant at) {
        Practitioner prescriber = new Practitioner(PractitionerId.random(), "Priya Shah RN",
                Set.of(Qualification.NURSE, Qualification.PRESCRIBER), Set.of(), true, 0);
        ports.practitioners().insert(prescriber);
        Consultation consultation = new Consultation(ConsultationId.random(), client, TreatmentCategory.ANTI_WRINKLE,
                Prescriber.of(prescriber, new PrescriberRegistration(RegisterBody.NMC, "12A3456E")),
                ConsultationMode.FACE_TO_FACE, at);
        safety().insertConsultation(consultation);
        safety().insertPrescription(new Prescription(PrescriptionId.random(), consultation,
                consultation.prescriber(), client, "Botulinum toxin type A, 50 units", at));
        safety().insertDirection(new DoctorsDirection(client, TreatmentCategory.ANTI_WRINKLE, "Dr Amelia Hart",
                new PrescriberRegistration(RegisterBody.GMC, "7012345"), "Medical need.", STAFF, at));
        safety().insertIdCheck(new IdCheck(IdCheckId.random(), client, STAFF, at, IdDocumentType.PASSPORT,
                LocalDate.of(1980, 2, 29)));
    }

    @Test
    @DisplayName("only clients whose every clinical entry predates the cutoff are candidates, in their tenant only")
    void candidates() {
        Client old = storedClient("olga");
        Client recent = storedClient("rita");
        Client generalOnly = storedClient("gina");
        Client recentlyPrescribed = storedClient("pia");
        storeOldClinicalRecord(old.id());
        storeOldClinicalRecord(recent.id());
        storeOldClinicalRecord(recentlyPrescribed.id());
        doInA(() -> storePrescribingEvidence(recentlyPrescribed.id(), CUTOFF));
        doInA(() -> {
            notes().add(StaffNote.write(NoteId.random(), recent.id(), NoteKind.CLINICAL, "review", STAFF, CUTOFF));
            notes().add(StaffNote.write(NoteId.random(), generalOnly.id(), NoteKind.GENERAL, "hi", STAFF, LONG_AGO));
        });

        assertThat(inA(() -> purges().untouchedSince(CUTOFF))).containsExactly(old.id());
        assertThat(inB(() -> purges().untouchedSince(CUTOFF))).isEmpty();
    }

    @Test
    @DisplayName("a purge deletes the whole clinical record, corrections and amendments first, answers the photos' "
            + "keys, and leaves general notes and other clients alone")
    void purge() {
        Client old = storedClient("olga");
        Client other = storedClient("otto");
        AppointmentId appointment = storeOldClinicalRecord(old.id());
        storeOldClinicalRecord(other.id());

        PurgedRecord purged = inA(() -> {
            purges().lock(old.id());
            return purges().purge(List.of(old.id()));
        });

        assertThat(purged.entries()).isEqualTo(Map.of(RecordPart.TREATMENT_RECORDS, 2, RecordPart.CLINICAL_NOTES, 2,
                RecordPart.ALERT_NOTES, 1, RecordPart.PHOTOS, 1, RecordPart.PRESCRIBING_EVIDENCE, 4));
        assertThat(purged.documents()).singleElement().extracting(DocumentKey::tenant).isEqualTo(tenantA);
        assertThat(inA(() -> records().chartsOf(List.of(old.id())))).isEmpty();
        assertThat(inA(() -> photos().ofAppointment(appointment))).isEmpty();
        assertThat(inA(() -> notes().about(List.of(old.id())))).extracting(StaffNote::kind)
                .containsExactly(NoteKind.GENERAL);
        assertThat(inA(() -> safety().consultationsOf(old.id()))).isEmpty();
        assertThat(inA(() -> safety().prescriptionsOf(old.id()))).isEmpty();
        assertThat(inA(() -> safety().directionsOf(old.id()))).isEmpty();
        assertThat(inA(() -> safety().idChecksOf(old.id()))).isEmpty();
        assertThat(inA(() -> safety().prescriptionsOf(other.id()))).hasSize(1);
        assertThat(inA(() -> records().chartsOf(List.of(other.id())))).hasSize(1);
        assertThat(inA(() -> notes().about(List.of(other.id())))).hasSize(4);
        assertThat(inA(() -> purges().purge(List.of(old.id()))).entries()).isEmpty();
    }

    @Test
    @DisplayName("while one transaction holds a client's lock, another's lock on it waits until the first ends, but a "
            + "new note of that client is written meanwhile")
    void lockSerialisesPurgesNotBookings() throws Exception {
        Client client = storedClient("lena");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> holder = pool.submit(() -> doInA(() -> {
                purges().lock(client.id());
                held.countDown();
                await(release);
            }));
            assertThat(held.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
            Future<?> waiter = pool.submit(() -> doInA(() -> purges().lock(client.id())));

            pool.submit(() -> doInA(() -> notes().add(StaffNote.write(NoteId.random(), client.id(), NoteKind.CLINICAL,
                    "review", STAFF, CUTOFF)))).get(NOTE_SECONDS, TimeUnit.SECONDS);
            assertThatThrownBy(() -> waiter.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);

            release.countDown();
            holder.get(GUARD_SECONDS, TimeUnit.SECONDS);
            waiter.get(GUARD_SECONDS, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("the lock answers the client a merge committed meanwhile merged this one into, though this transaction "
            + "read the client before as its own record; a client of its own answers none")
    void lockReportsMergeCommittedMeanwhile() throws Exception {
        Client absorbed = storedClient("anna");
        Client survivor = storedClient("sara");
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch merged = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<ClientId>> purge = pool.submit(() -> inA(() -> {
                assertThat(profiles().find(absorbed.id()).orElseThrow().mergedInto()).isEmpty();
                read.countDown();
                await(merged);
                return purges().lock(absorbed.id());
            }));
            assertThat(read.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
            doInA(() -> profiles().update(mergedInto(profiles().find(absorbed.id()).orElseThrow(), survivor.id())));
            merged.countDown();

            assertThat(purge.get(GUARD_SECONDS, TimeUnit.SECONDS)).contains(survivor.id());
            assertThat(inA(() -> purges().lock(survivor.id()))).isEmpty();
        } finally {
            merged.countDown();
            pool.shutdownNow();
        }
    }

    private static ClientProfile mergedInto(ClientProfile p, ClientId survivor) {
        return new ClientProfile(p.id(), p.tenant(), p.firstName(), p.lastName(), p.dateOfBirth(), p.email(),
                p.phone(), p.contact(), p.marketing(), ClientStatus.MERGED, Optional.of(survivor),
                p.possibleDuplicates());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("the job's log comes back whole, oldest first, in its tenant only")
    void log() {
        Client old = storedClient("olga");
        LegalHold claim = LegalHold.place(LegalHoldId.random(), "claim", STAFF, LONG_AGO);
        ClinicalPurgeStep skipped = ClinicalPurgeStep.skipped(old.id(),
                new PurgeDecision.Held(List.of(claim), LocalDate.of(2025, 3, 2)), RetentionBasis.ADULT_HEALTH_RECORD,
                Instant.parse("2025-03-03T03:00:00Z"));
        ClinicalPurgeStep purged = ClinicalPurgeStep.purged(old.id(), RecordPart.PHOTOS, 3,
                new PurgeDecision.Purgeable(LocalDate.of(2025, 3, 2), RetentionBasis.ADULT_HEALTH_RECORD),
                Instant.parse("2025-04-01T03:00:00Z"));
        doInA(() -> {
            purges().record(purged);
            purges().record(skipped);
        });

        assertThat(inA(() -> purges().stepsOf(old.id()))).containsExactly(skipped, purged);
        assertThat(inB(() -> purges().stepsOf(old.id()))).isEmpty();
    }
}
