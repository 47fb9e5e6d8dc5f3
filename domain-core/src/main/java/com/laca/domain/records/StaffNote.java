package com.laca.domain.records;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A note staff write about a client, typed so its readers and its retention follow from its kind; never edited in
 * place: an amendment is a new note that points at the one it amends.
 *
 * @param id        the note
 * @param client    about whom
 * @param kind      general, clinical or alert
 * @param text      the note (1-4000 characters)
 * @param author    who wrote it
 * @param writtenAt when
 * @param amends    the note this one amends, if any
 */
public record StaffNote(NoteId id, ClientId client, NoteKind kind, String text, UserId author, Instant writtenAt,
                        Optional<NoteId> amends) {

    private static final int MAX_TEXT = 4000;

    public StaffNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(kind, "kind");
        text = Texts.required(text, "note", MAX_TEXT);
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(amends, "amends");
        if (amends.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("a note cannot amend itself");
        }
    }

    /** A new note. */
    public static StaffNote write(NoteId id, ClientId client, NoteKind kind, String text, UserId author,
                                  Instant writtenAt) {
        return new StaffNote(id, client, kind, text, author, writtenAt, Optional.empty());
    }

    /** A new note of the same kind, about the same client, that amends this one; this one stays as written. */
    public StaffNote amend(NoteId newId, String newText, UserId author, Instant at) {
        if (at.isBefore(writtenAt)) {
            throw new IllegalArgumentException("an amendment cannot predate the note it amends");
        }
        return new StaffNote(newId, client, kind, newText, author, at, Optional.of(id));
    }
}
