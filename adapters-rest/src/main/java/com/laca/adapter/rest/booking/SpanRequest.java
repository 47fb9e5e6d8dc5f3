package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Fields;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A span of real time someone or something is unavailable (time off, a blocked room), written with offsets. */
@Schema(name = "SpanRequest", requiredProperties = {"start", "end"}, properties = {
        @SchemaProperty(name = "start", example = "2026-12-03T12:00:00Z"),
        @SchemaProperty(name = "end", example = "2026-12-03T14:00:00Z", description = "after start")})
public record SpanRequest(@NotBlank(message = Fields.REQUIRED) String start,
                          @NotBlank(message = Fields.REQUIRED) String end) {
}
