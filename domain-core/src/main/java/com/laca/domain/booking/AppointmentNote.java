package com.laca.domain.booking;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A staff-only note on one appointment ("prefers the afternoon room", "bring photo ID"), never shown to the client
 * and never edited: a correction is a new note, so what the desk was told stays on record.
 *
 * @param id          the note
 * @param appointment the appointment it is about
 * @param text        the note, 1-2000 characters
 * @param author      the staff account that wrote it
 * @param writtenAt   when
 */
public record AppointmentNote(UUID id, AppointmentId appointment, String text, UserId author, Instant writtenAt) {

    /** The longest note kept. */
    public static final int MAX_TEXT = 2000;

    public AppointmentNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(writtenAt, "writtenAt");
        text = text.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a note has 1 to " + MAX_TEXT + " characters");
        }
    }
}
