package com.laca.application.records.service;

import com.laca.application.records.port.in.ClientNotesUseCase;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.records.AuditEntryId;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.NoteVisibility;
import com.laca.domain.records.StaffNote;
import com.laca.domain.shared.ClientId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Writes and reads staff notes; the permission a note's kind needs is asked of the caller, and every clinical note
 * returned gets an access-audit entry in the same transaction that reads it.
 */
public final class ClientNotesService implements ClientNotesUseCase {

    private final TransactionRunner tx;
    private final ClientProfileRepository profiles;
    private final StaffNoteRepository notes;
    private final AccessAuditRepository audit;
    private final Clock clock;

    public ClientNotesService(TransactionRunner tx, ClientProfileRepository profiles, StaffNoteRepository notes,
                              AccessAuditRepository audit, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public StaffNote write(Caller caller, ClientId client, NoteKind kind, String text) {
        caller.require(Permission.CLIENTS_MANAGE);
        caller.require(kind.readPermission());
        Instant now = clock.instant();
        StaffNote note = checked(() -> StaffNote.write(NoteId.random(), client, kind, text, caller.userId(), now));
        return tx.inTenant(caller.tenantId(), () -> {
            FindClientsService.load(profiles, client);
            notes.add(note);
            return note;
        });
    }

    @Override
    public StaffNote amend(Caller caller, ClientId client, NoteId note, String text) {
        caller.require(Permission.CLIENTS_MANAGE);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            StaffNote original = notes.find(note).filter(found -> found.client().equals(client))
                    .orElseThrow(() -> new NotFoundException("note", note));
            caller.require(original.kind().readPermission());
            StaffNote amendment = checked(() -> original.amend(NoteId.random(), text, caller.userId(), now));
            notes.add(amendment);
            return amendment;
        });
    }

    @Override
    public List<StaffNote> notes(Caller caller, ClientId client, AccessReason reason) {
        caller.require(Permission.CLIENTS_VIEW);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            FindClientsService.load(profiles, client);
            List<ClientId> ids = new ArrayList<>();
            ids.add(client);
            profiles.mergedInto(client).forEach(absorbed -> ids.add(absorbed.id()));
            List<StaffNote> visible = NoteVisibility.visibleTo(caller.roles(), notes.about(ids));
            visible.stream().filter(note -> note.kind() == NoteKind.CLINICAL).forEach(note -> audit.append(
                    AccessAuditEntry.read(AuditEntryId.random(), caller.userId(), note.client(),
                            AccessedRecord.CLINICAL_NOTE, note.id().value(), reason, now)));
            return visible;
        });
    }

    private static StaffNote checked(Supplier<StaffNote> note) {
        try {
            return note.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("text", "must be 1-4000 characters");
        }
    }
}
