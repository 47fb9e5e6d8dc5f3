package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Fields;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** Where a client moves their booking: another offered start, with the same or another (or any) practitioner. */
@Schema(name = "RescheduleRequest", requiredProperties = {"start"}, properties = {
        @SchemaProperty(name = "start", example = "2026-12-02T14:30:00Z"),
        @SchemaProperty(name = "practitioner", example = "any", defaultValue = "any",
                description = "a practitioner id, or \"any\"")})
public record RescheduleRequest(@NotBlank(message = Fields.REQUIRED) String start, String practitioner) {
}
