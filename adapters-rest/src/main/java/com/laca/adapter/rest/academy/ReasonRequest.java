package com.laca.adapter.rest.academy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why staff take a step such as a withdrawal, kept with the record. */
@Schema(name = "ReasonRequest", requiredProperties = {"reason"})
public record ReasonRequest(
        @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String reason) {
}
