package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Fields;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** The name staff see for a date the whole clinic is closed. */
@Schema(name = "ClosureRequest", requiredProperties = {"name"}, properties = {
        @SchemaProperty(name = "name", example = "Christmas Day")})
public record ClosureRequest(@NotBlank(message = Fields.REQUIRED) String name) {
}
