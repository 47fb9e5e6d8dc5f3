package com.laca.adapter.rest.records;

import com.laca.domain.records.NoteId;
import com.laca.domain.records.StaffNote;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff note as the reader may see it; {@code amends} points at the note an amendment corrects. */
@Schema(name = "Note")
public record NoteResponse(String id, String client, String kind, String text, String author, String writtenAt,
                           String amends) {

    public static NoteResponse from(StaffNote note) {
        return new NoteResponse(note.id().toString(), note.client().toString(), note.kind().name(), note.text(),
                note.author().toString(), note.writtenAt().toString(),
                note.amends().map(NoteId::toString).orElse(null));
    }

    /** Keeps the note's content out of logs. */
    @Override
    public String toString() {
        return "NoteResponse[" + id + "]";
    }
}
