package com.laca.application.records.service;

import static com.laca.application.records.service.RecordsTestPorts.directTransactions;
import static com.laca.application.records.service.RecordsTestPorts.empty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.booking.port.out.DeskRecordRepository;
import com.laca.application.consent.port.out.ConsentRecordRepository;
import com.laca.application.consent.port.out.DocumentStore;
import com.laca.application.records.port.in.SubjectAccessExport;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientAppointmentHistory;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalPhotoRepository;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.booking.AppointmentNote;
import com.laca.domain.booking.CancellationReason;
import com.laca.domain.booking.CancellationRecord;
import com.laca.domain.identity.Role;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.records.ClientAppointment;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClientStatus;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.StaffNote;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A subject-access export gathers the whole record, merged clients included, and is itself audited")
class SubjectAccessExportServiceTest {

    private static final TenantId CLINIC = TenantId.random();
    private static final Caller OWNER = new Caller(UserId.random(), CLINIC, Set.of(Role.OWNER));
    private static final Caller NURSE = new Caller(UserId.random(), CLINIC, Set.of(Role.PRACTITIONER));
    private static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");

    private final ClientProfile survivor = profile("Zoe");
    private final ClientProfile absorbed = new ClientProfile(ClientId.random(), CLINIC, "Zoë", "Brown",
            LocalDate.of(1990, 4, 15), Optional.of(new EmailAddress("zoe.old@example.com")), Optional.empty(),
            new ContactPreferences(true, false, false), survivor.marketing(), ClientStatus.MERGED,
            Optional.of(survivor.id()), List.of());
    private final List<StaffNote> notes = List.of(
            StaffNote.write(NoteId.random(), survivor.id(), NoteKind.CLINICAL, "reviewed", OWNER.userId(), NOW),
            StaffNote.write(NoteId.random(), absorbed.id(), NoteKind.GENERAL, "prefers mornings", OWNER.userId(),
                    NOW.minusSeconds(3600)));
    private final AppointmentId surviving = AppointmentId.random();
    private final AppointmentId absorbedOne = AppointmentId.random();
    private final List<AppointmentNote> deskNotes = List.of(
            new AppointmentNote(java.util.UUID.randomUUID(), absorbedOne, "bring photo ID", OWNER.userId(), NOW),
            new AppointmentNote(java.util.UUID.randomUUID(), surviving, "prefers the quiet room", OWNER.userId(),
                    NOW.minusSeconds(60)),
            new AppointmentNote(java.util.UUID.randomUUID(), AppointmentId.random(), "someone else's",
                    OWNER.userId(), NOW));
    private final CancellationRecord cancellation = new CancellationRecord(absorbedOne,
            CancellationReason.OTHER, Optional.of("moved abroad"), Optional.of(OWNER.userId()), NOW);
    private final List<AccessAuditEntry> audit = new ArrayList<>();
    private final SubjectAccessExportService service = new SubjectAccessExportService(directTransactions(),
            new Profiles(), new Notes(), new Appointments(), new Desk(), empty(TreatmentRecordRepository.class),
            empty(ClinicalPhotoRepository.class), empty(ConsentRecordRepository.class),
            empty(ClinicalRecordRepository.class), new Audit(), empty(DocumentStore.class),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static ClientProfile profile(String firstName) {
        return ClientProfile.create(ClientId.random(), CLINIC, firstName, "Brown", LocalDate.of(1990, 4, 15),
                Optional.of(new EmailAddress("zoe@example.com")), Optional.empty(),
                new ContactPreferences(true, false, false));
    }

    @Test
    @DisplayName("the export holds the client, the record merged into it and both records' notes (clinical too), "
            + "oldest first, and lists its own EXPORT audit entry")
    void gathersAndAudits() {
        SubjectAccessExport export = service.export(OWNER, survivor.id());

        assertThat(export.client()).isEqualTo(survivor);
        assertThat(export.merged()).containsExactly(absorbed);
        assertThat(export.notes()).extracting(StaffNote::text).containsExactly("prefers mornings", "reviewed");
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.accessed()).isEqualTo(AccessedRecord.EXPORT);
            assertThat(entry.recordId()).isEmpty();
            assertThat(entry.reason()).isEqualTo(AccessReason.SUBJECT_ACCESS_REQUEST);
            assertThat(entry.actor()).isEqualTo(OWNER.userId());
            assertThat(entry.at()).isEqualTo(NOW);
        });
        assertThat(export.accessAudit()).isEqualTo(audit);
        assertThat(export.exportedBy()).isEqualTo(OWNER.userId());
    }

    @Test
    @DisplayName("the export holds the desk's notes and cancellations of both records' appointments, and the access "
            + "audit of the record merged away")
    void deskRecordsAndMergedAudit() {
        AccessAuditEntry earlier = AccessAuditEntry.export(com.laca.domain.records.AuditEntryId.random(),
                OWNER.userId(), absorbed.id(), AccessReason.SUBJECT_ACCESS_REQUEST, NOW.minusSeconds(86_400));
        audit.add(earlier);

        SubjectAccessExport export = service.export(OWNER, survivor.id());

        assertThat(export.appointmentNotes()).extracting(AppointmentNote::text)
                .containsExactly("prefers the quiet room", "bring photo ID");
        assertThat(export.cancellations()).containsExactly(cancellation);
        assertThat(export.accessAudit()).hasSize(2).first().isEqualTo(earlier);
    }

    @Test
    @DisplayName("only the owner may export (clinical:read and records:audit); an unknown client is not found and "
            + "leaves no audit entry")
    void ownerOnly() {
        assertThatThrownBy(() -> service.export(NURSE, survivor.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.export(OWNER, ClientId.random())).isInstanceOf(NotFoundException.class);

        assertThat(audit).isEmpty();
    }

    /** A port that holds nothing: every list it answers is empty and every lookup finds nothing. */

    private final class Profiles implements ClientProfileRepository {
        @Override
        public Optional<ClientProfile> find(ClientId client) {
            return Map.of(survivor.id(), survivor, absorbed.id(), absorbed).entrySet().stream()
                    .filter(entry -> entry.getKey().equals(client)).map(Map.Entry::getValue).findFirst();
        }

        @Override
        public long version(ClientId client) {
            return 0;
        }

        @Override
        public List<ClientProfile> mergedInto(ClientId client) {
            return client.equals(survivor.id()) ? List.of(absorbed) : List.of();
        }

        @Override
        public com.laca.application.shared.Page<ClientProfile> search(
                com.laca.domain.records.ClientSearchQuery query, boolean includeArchived,
                com.laca.application.shared.PageRequest page) {
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
        public void append(com.laca.domain.records.ClientChange change) {
            throw new UnsupportedOperationException("read only here");
        }

        @Override
        public List<com.laca.domain.records.ClientChange> history(ClientId client) {
            return List.of();
        }

        @Override
        public boolean hasHistory(Collection<ClientId> clients) {
            throw new UnsupportedOperationException("not asked here");
        }
    }

    private final class Notes implements StaffNoteRepository {
        @Override
        public void add(StaffNote note) {
            throw new UnsupportedOperationException("read only here");
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
            throw new UnsupportedOperationException("read only here");
        }
    }

    private final class Appointments implements ClientAppointmentHistory {
        @Override
        public List<ClientAppointment> of(Collection<ClientId> clients) {
            return java.util.stream.Stream.of(line(surviving, survivor.id()), line(absorbedOne, absorbed.id()))
                    .filter(line -> clients.contains(line.client())).toList();
        }

        @Override
        public Optional<com.laca.domain.records.TreatedAppointment> treated(AppointmentId appointment) {
            return Optional.empty();
        }

        private static ClientAppointment line(AppointmentId appointment, ClientId client) {
            return new ClientAppointment(appointment, client, NOW, NOW.plusSeconds(1800),
                    com.laca.domain.booking.AppointmentStatus.CANCELLED, com.laca.domain.shared.TreatmentId.random(),
                    com.laca.domain.shared.PractitionerId.random(), com.laca.domain.shared.LocationId.random());
        }
    }

    private final class Desk implements DeskRecordRepository {
        @Override
        public void recordCancellation(CancellationRecord record) {
            throw new UnsupportedOperationException("read only here");
        }

        @Override
        public Map<AppointmentId, CancellationRecord> cancellations(Collection<AppointmentId> appointments) {
            return appointments.contains(cancellation.appointment())
                    ? Map.of(cancellation.appointment(), cancellation) : Map.of();
        }

        @Override
        public void addNote(AppointmentNote note) {
            throw new UnsupportedOperationException("read only here");
        }

        @Override
        public List<AppointmentNote> notes(Collection<AppointmentId> appointments) {
            return deskNotes.stream().filter(note -> appointments.contains(note.appointment())).toList();
        }
    }

    private final class Audit implements AccessAuditRepository {
        @Override
        public void append(AccessAuditEntry entry) {
            audit.add(entry);
        }

        @Override
        public List<AccessAuditEntry> ofClient(ClientId client) {
            return audit.stream().filter(entry -> entry.client().equals(client)).toList();
        }

        @Override
        public boolean anyAbout(Collection<ClientId> clients) {
            throw new UnsupportedOperationException("not asked here");
        }
    }
}
