package com.laca.domain.records;

import java.util.Objects;
import java.util.UUID;

/** Identifies one staff note about a client, typed so an amendment can point at exactly the note it amends. */
public record NoteId(UUID value) {

    public NoteId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static NoteId random() {
        return new NoteId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static NoteId parse(String text) {
        return new NoteId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
