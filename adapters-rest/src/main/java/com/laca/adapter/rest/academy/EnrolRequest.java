package com.laca.adapter.rest.academy;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** Which trainee to enrol; {@code invite} leaves the trainee to accept, and {@code accessUntil} ends access. */
@Schema(name = "EnrolRequest", requiredProperties = {"learnerId"}, properties = {
        @SchemaProperty(name = "learnerId", example = "7e6d5c4b-3a29-4180-8f7e-6d5c4b3a2918"),
        @SchemaProperty(name = "invite", example = "false"),
        @SchemaProperty(name = "accessUntil", example = "2027-06-30T23:59:59Z")})
public record EnrolRequest(
        @NotBlank(message = "is required") String learnerId,
        Boolean invite,
        String accessUntil) {
}
