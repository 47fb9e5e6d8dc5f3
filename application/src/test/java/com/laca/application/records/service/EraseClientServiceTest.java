package com.laca.application.records.service;

import static com.laca.application.records.service.RecordsTestPorts.directTransactions;
import static com.laca.application.records.service.RecordsTestPorts.empty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.consent.port.out.ConsentRecordRepository;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientAppointmentHistory;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalPhotoRepository;
import com.laca.application.records.port.out.ErasureRequestRepository;
import com.laca.application.records.port.out.LegalHoldRepository;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.domain.records.ChangeAuthor;
import com.laca.domain.identity.Role;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.ErasureRequest;
import com.laca.domain.records.ErasureStep;
import com.laca.domain.records.KeptBecause;
import com.laca.domain.records.LegalHold;
import com.laca.domain.records.LegalHoldId;
import com.laca.domain.records.MarketingConsent;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.RecordPart;
import com.laca.domain.records.RetentionBasis;
import com.laca.domain.records.RetentionPeriod;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An erasure request erases the non-clinical data now and keeps the clinical record until its date")
class EraseClientServiceTest {

    private static final TenantId CLINIC = TenantId.random();
    private static final Caller OWNER = new Caller(UserId.random(), CLINIC, Set.of(Role.OWNER));
    private static final Caller NURSE = new Caller(UserId.random(), CLINIC, Set.of(Role.PRACTITIONER));
    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
    private static final Instant NOTED = Instant.parse("2026-06-10T23:30:00Z");

    private ClientProfile client = ClientProfile.create(ClientId.random(), CLINIC, "Zoe", "Brown",
            LocalDate.of(1990, 4, 15), Optional.of(new EmailAddress("zoe@example.com")), Optional.empty(),
            new ContactPreferences(true, true, false)).withMarketing(
            new MarketingConsent(Optional.of(NOTED), Optional.empty()));
    private final List<StaffNote> notes = new ArrayList<>(List.of(
            StaffNote.write(NoteId.random(), client.id(), NoteKind.GENERAL, "prefers mornings", OWNER.userId(), NOTED),
            StaffNote.write(NoteId.random(), client.id(), NoteKind.CLINICAL, "mild bruising", OWNER.userId(),
                    NOTED)));
    private final List<ClientChange> changes = new ArrayList<>();
    private final List<LegalHold> holds = new ArrayList<>();
    private final List<ErasureRequest> stored = new ArrayList<>();
    private final Profiles profiles = new Profiles();
    private final Notes noteRepository = new Notes();
    private final EraseClientService service = new EraseClientService(directTransactions(), profiles,
            noteRepository, new RecordHoldingsReader(profiles, noteRepository, empty(ClientAppointmentHistory.class),
            empty(TreatmentRecordRepository.class), empty(ClinicalPhotoRepository.class),
            empty(ConsentRecordRepository.class), empty(ClinicalRecordRepository.class),
            empty(AccessAuditRepository.class)), new Holds(), new Erasures(),
            Clock.fixed(NOW, ZoneId.of("Europe/London")));

    @Test
    @DisplayName("marketing, contact preferences and general notes are erased and recorded as done; the clinical note "
            + "stays until 8 years after it was written, dated as late as any zone dates it (11 June 2026, though 10 June in UTC): "
            + "never a day early")
    void erasesNowAndKeeps() {
        ErasureRequest request = service.erase(OWNER, client.id());

        assertThat(request.steps().stream().filter(ErasureStep::isDone).map(ErasureStep::part))
                .containsExactly(RecordPart.CONTACT_PREFERENCES, RecordPart.MARKETING_CONSENT,
                        RecordPart.GENERAL_NOTES);
        assertThat(request.step(RecordPart.GENERAL_NOTES).orElseThrow().done().orElseThrow().by())
                .contains(OWNER.userId());
        assertThat(client.contact()).isEqualTo(ContactPreferences.NONE);
        assertThat(client.marketing()).isEqualTo(MarketingConsent.NONE);
        assertThat(client.email()).isPresent();
        assertThat(notes).extracting(StaffNote::text).containsExactly("mild bruising");
        ErasureStep clinical = request.step(RecordPart.CLINICAL_NOTES).orElseThrow();
        assertThat(clinical.retention()).contains(new RetentionPeriod(LocalDate.of(2034, 6, 11),
                RetentionBasis.ADULT_HEALTH_RECORD));
        assertThat(clinical.keptBecause()).contains(KeptBecause.CLINICAL_RECORD);
        assertThat(request.step(RecordPart.CONTACT_DETAILS).orElseThrow().keptBecause())
                .contains(KeptBecause.SAFETY_CONTACT);
        assertThat(changes).singleElement().satisfies(change -> assertThat(change.changedBy())
                .isEqualTo(new ChangeAuthor.Staff(OWNER.userId())));
        assertThat(stored).containsExactly(request);
    }

    @Test
    @DisplayName("under a legal hold the general notes are kept while it stands; marketing is erased all the same")
    void legalHold() {
        holds.add(LegalHold.place(LegalHoldId.random(), "complaint under investigation", OWNER.userId(), NOTED));

        ErasureRequest request = service.erase(OWNER, client.id());

        assertThat(notes).hasSize(2);
        assertThat(request.step(RecordPart.GENERAL_NOTES).orElseThrow().keptBecause())
                .contains(KeptBecause.LEGAL_HOLD);
        assertThat(request.step(RecordPart.MARKETING_CONSENT).orElseThrow().isDone()).isTrue();
        assertThat(client.marketing()).isEqualTo(MarketingConsent.NONE);
    }

    @Test
    @DisplayName("with nothing clinical, identity and contact details are planned for erasure but left to the purge "
            + "job, which removes the client row (a client always has an e-mail or phone)")
    void nothingClinical() {
        notes.removeIf(note -> note.kind() == NoteKind.CLINICAL);

        ErasureRequest request = service.erase(OWNER, client.id());

        assertThat(request.pendingErasures()).containsExactly(RecordPart.IDENTITY, RecordPart.CONTACT_DETAILS);
        assertThat(client.email()).isPresent();
    }

    @Test
    @DisplayName("only the owner may erase; nothing is erased or recorded otherwise")
    void ownerOnly() {
        assertThatThrownBy(() -> service.erase(NURSE, client.id())).isInstanceOf(AccessDeniedException.class);

        assertThat(notes).hasSize(2);
        assertThat(stored).isEmpty();
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
        public List<ClientProfile> mergedInto(ClientId id) {
            return List.of();
        }

        @Override
        public com.laca.application.shared.Page<ClientProfile> search(
                com.laca.domain.records.ClientSearchQuery query, boolean includeArchived,
                com.laca.application.shared.PageRequest page) {
            throw new UnsupportedOperationException("not searched here");
        }

        @Override
        public void insert(ClientProfile profile) {
            throw new UnsupportedOperationException("not created here");
        }

        @Override
        public void update(ClientProfile profile) {
            client = profile;
        }

        @Override
        public void append(ClientChange change) {
            changes.add(change);
        }

        @Override
        public List<ClientChange> history(ClientId id) {
            return List.copyOf(changes);
        }

        @Override
        public boolean hasHistory(Collection<ClientId> clients) {
            return !changes.isEmpty();
        }
    }

    private final class Notes implements StaffNoteRepository {
        @Override
        public void add(StaffNote note) {
            throw new UnsupportedOperationException("not written here");
        }

        @Override
        public Optional<StaffNote> find(NoteId note) {
            return Optional.empty();
        }

        @Override
        public List<StaffNote> about(Collection<ClientId> clients) {
            return notes.stream().filter(note -> clients.contains(note.client())).toList();
        }

        @Override
        public int eraseGeneral(Collection<ClientId> clients) {
            int before = notes.size();
            notes.removeIf(note -> clients.contains(note.client()) && note.kind() == NoteKind.GENERAL);
            return before - notes.size();
        }
    }

    private final class Holds implements LegalHoldRepository {
        @Override
        public void place(ClientId id, LegalHold hold) {
            holds.add(hold);
        }

        @Override
        public void release(LegalHold hold) {
            throw new UnsupportedOperationException("not released here");
        }

        @Override
        public List<LegalHold> of(ClientId id) {
            return List.copyOf(holds);
        }
    }

    private final class Erasures implements ErasureRequestRepository {
        @Override
        public void insert(ErasureRequest request) {
            stored.add(request);
        }

        @Override
        public void recordDone(ErasureRequest request) {
            throw new UnsupportedOperationException("the erasure itself stores a request once");
        }

        @Override
        public List<ErasureRequest> ofClient(ClientId id) {
            return List.copyOf(stored);
        }
    }
}
