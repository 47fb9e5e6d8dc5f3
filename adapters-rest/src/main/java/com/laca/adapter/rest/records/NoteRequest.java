package com.laca.adapter.rest.records;

import com.laca.adapter.rest.common.Fields;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A staff note to write: its kind (GENERAL, CLINICAL or ALERT; left out for an amendment) and its text. */
@Schema(name = "NoteRequest", requiredProperties = {"text"}, properties = {
        @SchemaProperty(name = "kind", example = "ALERT"),
        @SchemaProperty(name = "text", example = "Needle phobia: offer numbing cream and a longer slot.")})
public record NoteRequest(
        String kind,
        @NotBlank(message = Fields.REQUIRED) String text) {

    /** Keeps the note's content out of logs and exception messages. */
    @Override
    public String toString() {
        return "NoteRequest[" + kind + "]";
    }
}
