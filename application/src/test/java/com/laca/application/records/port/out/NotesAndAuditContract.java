package com.laca.application.records.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.shared.PersistenceContract;
import com.laca.domain.booking.Client;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.records.AuditEntryId;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.StaffNote;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link StaffNoteRepository} and {@link AccessAuditRepository} contracts: notes and audit entries come back whole,
 * oldest first, for the clients asked about, in their own tenant only.
 */
public abstract class NotesAndAuditContract extends PersistenceContract {

    private static final Instant AT = Instant.parse("2026-06-10T09:00:00Z");
    private static final UserId NURSE = UserId.random();

    private Client client;
    private Client other;

    /** The note repository under test, over the same store as {@link #ports}. */
    protected abstract StaffNoteRepository notes();

    /** The audit repository under test, over the same store as {@link #ports}. */
    protected abstract AccessAuditRepository audit();

    @BeforeEach
    void storeClients() {
        client = new Client(ClientId.random(), tenantA, "Nia", "Notes", new EmailAddress("nia@example.com"),
                new PhoneNumber("07700 900123"), LocalDate.of(1992, 7, 8));
        other = new Client(ClientId.random(), tenantA, "Ola", "Other", new EmailAddress("ola@example.com"),
                new PhoneNumber("07700 900124"), LocalDate.of(1992, 7, 9));
        doInA(() -> {
            ports.clients().insert(client);
            ports.clients().insert(other);
        });
    }

    @Test
    @DisplayName("notes come back whole, oldest first, with amendments pointing at what they amend")
    void notesRoundTrip() {
        StaffNote alert = StaffNote.write(NoteId.random(), client.id(), NoteKind.ALERT, "Needle phobia", NURSE, AT);
        StaffNote clinical = StaffNote.write(NoteId.random(), client.id(), NoteKind.CLINICAL, "Bruising", NURSE,
                AT.plusSeconds(60));
        StaffNote amended = clinical.amend(NoteId.random(), "Bruising, resolved", NURSE, AT.plusSeconds(120));
        StaffNote elsewhere = StaffNote.write(NoteId.random(), other.id(), NoteKind.GENERAL, "Mornings", NURSE, AT);
        doInA(() -> List.of(alert, clinical, amended, elsewhere).forEach(notes()::add));

        assertThat(inA(() -> notes().about(List.of(client.id())))).containsExactly(alert, clinical, amended);
        assertThat(inA(() -> notes().about(List.of(client.id(), other.id())))).hasSize(4);
        assertThat(inA(() -> notes().find(amended.id()))).contains(amended);
        assertThat(inB(() -> notes().find(amended.id()))).isEmpty();
        assertThat(inB(() -> notes().about(List.of(client.id())))).isEmpty();
    }

    @Test
    @DisplayName("erasing general notes erases amendments of amendments too, and leaves clinical notes and other clients'")
    void eraseGeneralChains() {
        StaffNote general = StaffNote.write(NoteId.random(), client.id(), NoteKind.GENERAL, "Mornings", NURSE, AT);
        StaffNote amended = general.amend(NoteId.random(), "Mornings only", NURSE, AT.plusSeconds(60));
        StaffNote again = amended.amend(NoteId.random(), "Mornings, not Mondays", NURSE, AT.plusSeconds(120));
        StaffNote thrice = again.amend(NoteId.random(), "Mornings, not Mondays or Fridays", NURSE,
                AT.plusSeconds(180));
        StaffNote clinical = StaffNote.write(NoteId.random(), client.id(), NoteKind.CLINICAL, "Bruising", NURSE, AT);
        StaffNote elsewhere = StaffNote.write(NoteId.random(), other.id(), NoteKind.GENERAL, "Evenings", NURSE, AT);
        doInA(() -> List.of(general, amended, again, thrice, clinical, elsewhere).forEach(notes()::add));

        assertThat(inA(() -> notes().eraseGeneral(List.of(client.id())))).isEqualTo(4);

        assertThat(inA(() -> notes().about(List.of(client.id(), other.id()))))
                .containsExactlyInAnyOrder(clinical, elsewhere);
    }

    @Test
    @DisplayName("audit entries come back whole, oldest first, per client, in their tenant only")
    void auditRoundTrip() {
        AccessAuditEntry read = AccessAuditEntry.read(AuditEntryId.random(), NURSE, client.id(),
                AccessedRecord.CLINICAL_NOTE, NoteId.random().value(), AccessReason.DIRECT_CARE, AT.plusSeconds(5));
        AccessAuditEntry export = AccessAuditEntry.export(AuditEntryId.random(), NURSE, client.id(),
                AccessReason.SUBJECT_ACCESS_REQUEST, AT.plusSeconds(10));
        AccessAuditEntry elsewhere = AccessAuditEntry.export(AuditEntryId.random(), NURSE, other.id(),
                AccessReason.SUBJECT_ACCESS_REQUEST, AT);
        doInA(() -> List.of(export, read, elsewhere).forEach(audit()::append));

        assertThat(inA(() -> audit().ofClient(client.id()))).containsExactly(read, export);
        assertThat(inB(() -> audit().ofClient(client.id()))).isEmpty();
        assertThat(inA(() -> audit().anyAbout(List.of(ClientId.random(), client.id())))).isTrue();
        assertThat(inA(() -> audit().anyAbout(List.of(ClientId.random())))).isFalse();
        assertThat(inA(() -> audit().anyAbout(List.of()))).isFalse();
        assertThat(inB(() -> audit().anyAbout(List.of(client.id())))).isFalse();
    }
}
