package com.laca.application.records.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.StaffNote;
import com.laca.domain.shared.ClientId;
import java.util.List;

/**
 * Staff notes on a client: general and alert notes for everyone who handles clients, clinical notes only for
 * {@code clinical:read}; every clinical note read is written to the access audit with its reason.
 */
public interface ClientNotesUseCase {

    /**
     * Writes a note ({@code clients:manage}; a clinical note also needs {@code clinical:read}).
     *
     * @throws com.laca.application.shared.NotFoundException if the client is not in the caller's clinic
     */
    StaffNote write(Caller caller, ClientId client, NoteKind kind, String text);

    /**
     * Amends a note about {@code client}: a new note of the same kind pointing at it; the original stays as written.
     *
     * @throws com.laca.application.shared.NotFoundException if there is no such note about that client
     */
    StaffNote amend(Caller caller, ClientId client, NoteId note, String text);

    /**
     * The notes the caller may read, oldest first, including those on clients merged into this one; each clinical note
     * returned is recorded in the access audit with {@code reason}.
     */
    List<StaffNote> notes(Caller caller, ClientId client, AccessReason reason);
}
