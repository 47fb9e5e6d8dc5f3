package com.laca.application.records.service;

import static com.laca.application.records.service.RecordsTestPorts.empty;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.consent.port.out.ConsentRecordRepository;
import com.laca.application.consent.port.out.DocumentKey;
import com.laca.application.consent.port.out.DocumentStore;
import com.laca.application.records.port.in.PurgeExpiredClinicalRecordsUseCase.PurgeSummary;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientAppointmentHistory;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalPhotoRepository;
import com.laca.application.records.port.out.ClinicalRecordPurgeRepository;
import com.laca.application.records.port.out.ErasureRequestRepository;
import com.laca.application.records.port.out.LegalHoldRepository;
import com.laca.application.records.port.out.PurgedRecord;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.shared.Page;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.shared.PageRequest;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClientSearchQuery;
import com.laca.domain.records.ClinicalActivity;
import com.laca.domain.records.ClinicalPurgeStep;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.ErasureRequest;
import com.laca.domain.records.ErasureRequestId;
import com.laca.domain.records.ErasureStep;
import com.laca.domain.records.FinancialRecordRetention;
import com.laca.domain.records.LegalHold;
import com.laca.domain.records.LegalHoldId;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.RecordHoldings;
import com.laca.domain.records.RecordPart;
import com.laca.domain.records.RetentionBasis;
import com.laca.domain.records.StaffNote;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The retention job purges a clinical record once its date has passed, unless a legal hold stands")
class PurgeExpiredClinicalRecordsServiceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final TenantId CLINIC = TenantId.random();
    private static final UserId OWNER = UserId.random();
    /** 10 June 2026 in UTC, 11 June as the latest zone dates it: purgeable from 11 June 2034. */
    private static final Instant NOTED = Instant.parse("2026-06-10T23:30:00Z");
    private static final LocalDate PURGEABLE_FROM = LocalDate.of(2034, 6, 11);
    private static final Instant DUE = Instant.parse("2034-07-01T02:00:00Z");

    private final ClientProfile client = ClientProfile.create(ClientId.random(), CLINIC, "Zoe", "Brown",
            LocalDate.of(1990, 4, 15), Optional.of(new EmailAddress("zoe@example.com")), Optional.empty(),
            ContactPreferences.NONE);
    private final DocumentKey consentPdf = new DocumentKey(CLINIC, "consents/zoe.pdf");
    private final List<StaffNote> notes = new ArrayList<>(List.of(
            StaffNote.write(NoteId.random(), client.id(), NoteKind.GENERAL, "prefers mornings", OWNER, NOTED),
            StaffNote.write(NoteId.random(), client.id(), NoteKind.CLINICAL, "mild bruising", OWNER, NOTED)));
    private final List<LegalHold> holds = new ArrayList<>();
    /** Holds committed by another transaction while the job waits for the client's lock. */
    private final List<LegalHold> placedWhileWaiting = new ArrayList<>();
    /** The client a merge committed while the job waited for the lock merged this one into, if any. */
    private Optional<ClientId> mergedWhileWaiting = Optional.empty();
    private final List<ErasureRequest> erasures = new ArrayList<>(List.of(ErasureRequest.receive(
            ErasureRequestId.random(), new RecordHoldings(client.id(), EnumSet.of(RecordPart.CLINICAL_NOTES),
                    Optional.of(ClinicalActivity.treatedOn(client.dateOfBirth(), PURGEABLE_FROM.minusYears(8))),
                    Optional.empty()),
            List.of(), FinancialRecordRetention.UK_COMPANY_DEFAULT, NOTED, OWNER)));
    private final List<ClinicalPurgeStep> log = new ArrayList<>();
    private final Map<DocumentKey, byte[]> documents = new HashMap<>(Map.of(consentPdf, new byte[] {1}));
    /** True while the job's work runs inside a transaction that has not committed yet. */
    private boolean inTransaction;
    private boolean storeFails;

    private PurgeSummary runAt(Instant at) {
        StaffNoteRepository noteRepository = new Notes();
        RecordHoldingsReader reader = new RecordHoldingsReader(new Profiles(), noteRepository,
                empty(ClientAppointmentHistory.class), empty(TreatmentRecordRepository.class),
                empty(ClinicalPhotoRepository.class), empty(ConsentRecordRepository.class),
                empty(ClinicalRecordRepository.class), empty(AccessAuditRepository.class));
        return new PurgeExpiredClinicalRecordsService(new Transactions(), new Profiles(), reader, new Holds(),
                new Erasures(), new Purges(), new Documents(), Clock.fixed(at, LONDON)).purgeExpired(CLINIC, LONDON);
    }

    @Test
    @DisplayName("past its date, the clinical record and its consent PDF are purged, each part recorded as done by the "
            + "system under the adult rule, and the erasure request's retained step completed; general notes are not "
            + "the job's business")
    void purgesWhenDue() {
        PurgeSummary summary = runAt(DUE);

        assertThat(summary).isEqualTo(new PurgeSummary(1, 0, 0));
        assertThat(notes).extracting(StaffNote::kind).containsExactly(NoteKind.GENERAL);
        assertThat(documents).doesNotContainKey(consentPdf);
        assertThat(log).singleElement().satisfies(step -> {
            assertThat(step.outcome()).isEqualTo(ClinicalPurgeStep.Outcome.PURGED);
            assertThat(step.part()).contains(RecordPart.CLINICAL_NOTES);
            assertThat(step.entries()).isEqualTo(1);
            assertThat(step.purgeableFrom()).isEqualTo(PURGEABLE_FROM);
            assertThat(step.basis()).isEqualTo(RetentionBasis.ADULT_HEALTH_RECORD);
            assertThat(step.at()).isEqualTo(DUE);
        });
        ErasureStep retained = erasures.get(0).step(RecordPart.CLINICAL_NOTES).orElseThrow();
        assertThat(retained.done()).contains(new ErasureStep.Completion(DUE, Optional.empty()));
    }

    @Test
    @DisplayName("a document is deleted from the store only once its row's deletion has committed; one the store fails "
            + "to delete is counted as left behind, and the purge stands")
    void documentsAfterCommit() {
        storeFails = true;

        PurgeSummary summary = runAt(DUE);

        assertThat(summary).isEqualTo(new PurgeSummary(1, 0, 1));
        assertThat(notes).extracting(StaffNote::kind).containsExactly(NoteKind.GENERAL);
        assertThat(log).hasSize(1);
        assertThat(documents).containsKey(consentPdf);
    }

    @Test
    @DisplayName("a run the next day, or after a crash, purges and records nothing more")
    void rerunIsANoOp() {
        runAt(DUE);
        documents.put(consentPdf, new byte[] {2});

        PurgeSummary again = runAt(DUE.plusSeconds(86_400));

        assertThat(again.isEmpty()).isTrue();
        assertThat(log).hasSize(1);
        assertThat(documents).containsKey(consentPdf);
    }

    @Test
    @DisplayName("a legal hold keeps the record; the skip is recorded once with the hold, not again every day")
    void legalHoldKeeps() {
        LegalHold claim = LegalHold.place(LegalHoldId.random(), "claim received", OWNER, NOTED);
        holds.add(claim);

        PurgeSummary first = runAt(DUE);
        PurgeSummary next = runAt(DUE.plusSeconds(86_400));

        assertThat(first).isEqualTo(new PurgeSummary(0, 1, 0));
        assertThat(next.isEmpty()).isTrue();
        assertThat(notes).hasSize(2);
        assertThat(documents).containsKey(consentPdf);
        assertThat(log).singleElement().satisfies(step -> {
            assertThat(step.outcome()).isEqualTo(ClinicalPurgeStep.Outcome.HELD);
            assertThat(step.holds()).containsExactly(claim.id());
            assertThat(step.purgeableFrom()).isEqualTo(PURGEABLE_FROM);
        });
        assertThat(erasures.get(0).step(RecordPart.CLINICAL_NOTES).orElseThrow().isDone()).isFalse();
    }

    @Test
    @DisplayName("a hold placed while the job waits for the client's lock keeps the record: holds are read under it")
    void holdPlacedWhileWaitingKeeps() {
        placedWhileWaiting.add(LegalHold.place(LegalHoldId.random(), "claim received", OWNER, DUE));

        PurgeSummary summary = runAt(DUE);

        assertThat(summary).isEqualTo(new PurgeSummary(0, 1, 0));
        assertThat(notes).hasSize(2);
        assertThat(documents).containsKey(consentPdf);
    }

    @Test
    @DisplayName("a record merged into another while the job waits for its lock is left alone: the job read it before "
            + "the merge, so it would judge and delete entries that now belong to the survivor's living record")
    void mergedWhileWaitingIsLeftAlone() {
        mergedWhileWaiting = Optional.of(ClientId.random());

        PurgeSummary summary = runAt(DUE);

        assertThat(summary.isEmpty()).isTrue();
        assertThat(notes).hasSize(2);
        assertThat(log).isEmpty();
        assertThat(documents).containsKey(consentPdf);
        assertThat(erasures.get(0).step(RecordPart.CLINICAL_NOTES).orElseThrow().isDone()).isFalse();
    }

    @Test
    @DisplayName("the day before its date, the record is untouched and nothing is recorded")
    void notYetDue() {
        PurgeSummary summary = runAt(PURGEABLE_FROM.minusDays(1).atTime(23, 0).atZone(LONDON).toInstant());

        assertThat(summary.isEmpty()).isTrue();
        assertThat(notes).hasSize(2);
        assertThat(log).isEmpty();
        assertThat(documents).containsKey(consentPdf);
    }

    private final class Purges implements ClinicalRecordPurgeRepository {
        @Override
        public List<ClientId> untouchedSince(Instant cutoff) {
            List<StaffNote> clinical = notes.stream().filter(note -> note.kind() != NoteKind.GENERAL).toList();
            boolean untouched = !clinical.isEmpty() && clinical.stream().allMatch(n -> n.writtenAt().isBefore(cutoff));
            return untouched ? List.of(client.id()) : List.of();
        }

        @Override
        public Optional<ClientId> lock(ClientId id) {
            assertThat(id).isEqualTo(client.id());
            holds.addAll(placedWhileWaiting);
            placedWhileWaiting.clear();
            return mergedWhileWaiting;
        }

        @Override
        public PurgedRecord purge(Collection<ClientId> clients) {
            int before = notes.size();
            notes.removeIf(note -> clients.contains(note.client()) && note.kind() != NoteKind.GENERAL);
            return new PurgedRecord(Map.of(RecordPart.CLINICAL_NOTES, before - notes.size()), List.of(consentPdf));
        }

        @Override
        public void record(ClinicalPurgeStep step) {
            log.add(step);
        }

        @Override
        public List<ClinicalPurgeStep> stepsOf(ClientId id) {
            return log.stream().filter(step -> step.client().equals(id)).toList();
        }
    }

    /** Runs the work at once and commits on return, telling the store whether a transaction is still open. */
    private final class Transactions implements TransactionRunner {
        @Override
        public <T> T inTenant(TenantId tenant, Supplier<T> work) {
            inTransaction = true;
            try {
                return work.get();
            } finally {
                inTransaction = false;
            }
        }

        @Override
        public <T> T asPlatform(Supplier<T> work) {
            throw new UnsupportedOperationException("the job runs in its tenant");
        }
    }

    private final class Notes implements StaffNoteRepository {
        @Override
        public void add(StaffNote note) {
            throw new UnsupportedOperationException("read only here");
        }

        @Override
        public Optional<StaffNote> find(NoteId id) {
            return notes.stream().filter(note -> note.id().equals(id)).findFirst();
        }

        @Override
        public List<StaffNote> about(Collection<ClientId> clients) {
            return notes.stream().filter(note -> clients.contains(note.client())).toList();
        }

        @Override
        public int eraseGeneral(Collection<ClientId> clients) {
            throw new UnsupportedOperationException("the job never erases general notes");
        }
    }

    private final class Holds implements LegalHoldRepository {
        @Override
        public void place(ClientId id, LegalHold hold) {
            throw new UnsupportedOperationException("read only here");
        }

        @Override
        public void release(LegalHold hold) {
            throw new UnsupportedOperationException("read only here");
        }

        @Override
        public List<LegalHold> of(ClientId id) {
            return id.equals(client.id()) ? List.copyOf(holds) : List.of();
        }
    }

    private final class Erasures implements ErasureRequestRepository {
        @Override
        public void insert(ErasureRequest request) {
            throw new UnsupportedOperationException("the job never receives a request");
        }

        @Override
        public void recordDone(ErasureRequest request) {
            erasures.replaceAll(stored -> stored.id().equals(request.id()) ? request : stored);
        }

        @Override
        public List<ErasureRequest> ofClient(ClientId id) {
            return erasures.stream().filter(request -> request.client().equals(id)).toList();
        }
    }

    private final class Documents implements DocumentStore {
        @Override
        public void put(DocumentKey key, byte[] content) {
            throw new UnsupportedOperationException("the job never stores a document");
        }

        @Override
        public Optional<byte[]> get(DocumentKey key) {
            return Optional.ofNullable(documents.get(key));
        }

        @Override
        public void delete(DocumentKey key) {
            assertThat(inTransaction).as("the rows' deletion has committed").isFalse();
            if (storeFails) {
                throw new IllegalStateException("store unavailable");
            }
            documents.remove(key);
        }
    }

    private final class Profiles implements ClientProfileRepository {
        @Override
        public Optional<ClientProfile> find(ClientId id) {
            return Optional.of(client).filter(profile -> profile.id().equals(id));
        }

        @Override
        public long version(ClientId id) {
            return 0;
        }

        @Override
        public List<ClientProfile> mergedInto(ClientId survivor) {
            return List.of();
        }

        @Override
        public Page<ClientProfile> search(ClientSearchQuery query, boolean includeArchived, PageRequest page) {
            throw new UnsupportedOperationException("not searched here");
        }

        @Override
        public void insert(ClientProfile profile) {
            throw new UnsupportedOperationException("read only here");
        }

        @Override
        public void update(ClientProfile profile) {
            throw new UnsupportedOperationException("read only here");
        }

        @Override
        public void append(ClientChange change) {
            throw new UnsupportedOperationException("read only here");
        }

        @Override
        public List<ClientChange> history(ClientId id) {
            return List.of();
        }

        @Override
        public boolean hasHistory(Collection<ClientId> clients) {
            return false;
        }
    }
}
