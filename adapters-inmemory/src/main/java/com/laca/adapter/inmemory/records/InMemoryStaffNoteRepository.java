package com.laca.adapter.inmemory.records;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.StaffNote;
import com.laca.domain.shared.ClientId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps staff notes in memory, append-only but for the erasure of general notes, as the database does. */
public final class InMemoryStaffNoteRepository implements StaffNoteRepository {

    private final TenantTable<NoteId, StaffNote> table;

    public InMemoryStaffNoteRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public void add(StaffNote note) {
        if (table.find(note.id()).isPresent()) {
            throw new ConflictException("a note with this id already exists");
        }
        table.put(note.id(), note);
    }

    @Override
    public Optional<StaffNote> find(NoteId note) {
        return table.find(note);
    }

    @Override
    public List<StaffNote> about(Collection<ClientId> clients) {
        return table.values().filter(note -> clients.contains(note.client()))
                .sorted(Comparator.comparing(StaffNote::writtenAt).thenComparing(note -> note.id().toString()))
                .toList();
    }

    @Override
    public int eraseGeneral(Collection<ClientId> clients) {
        List<StaffNote> general = table.values()
                .filter(note -> clients.contains(note.client()) && note.kind() == NoteKind.GENERAL).toList();
        general.forEach(note -> table.remove(note.id()));
        return general.size();
    }
}
