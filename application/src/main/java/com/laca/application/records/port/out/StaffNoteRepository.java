package com.laca.application.records.port.out;

import com.laca.domain.records.NoteId;
import com.laca.domain.records.StaffNote;
import com.laca.domain.shared.ClientId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores the current tenant's staff notes, append-only: a note is never changed, an amendment is a new note. */
public interface StaffNoteRepository {

    /** Stores a new note. */
    void add(StaffNote note);

    /** The note, if it exists in the current tenant. */
    Optional<StaffNote> find(NoteId note);

    /** Every note about one of the clients, oldest first. */
    List<StaffNote> about(Collection<ClientId> clients);

    /**
     * Erases the general (non-clinical) notes about the clients, amendments included, for an erasure request;
     * clinical and alert notes are never erased this way (on PostgreSQL the application role may delete no other).
     *
     * @return how many notes were erased
     */
    int eraseGeneral(Collection<ClientId> clients);
}
