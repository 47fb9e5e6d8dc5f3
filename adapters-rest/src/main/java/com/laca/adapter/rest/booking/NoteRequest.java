package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Fields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A staff-only note to add to an appointment; notes are never edited, a correction is a new note. */
@Schema(name = "AppointmentNoteRequest", requiredProperties = {"text"}, properties = {
        @SchemaProperty(name = "text", example = "Prefers the afternoon room; bring photo ID", maxLength = 2000)})
public record NoteRequest(@NotBlank(message = Fields.REQUIRED) @Size(max = 2000) String text) {
}
