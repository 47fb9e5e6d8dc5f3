package com.laca.adapter.rest.academy;

import com.laca.application.academy.port.in.InviteTraineeCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** Who to invite as a trainee; checked by Bean Validation first, then by the use case's own rules. */
@Schema(name = "InviteTraineeRequest", requiredProperties = {"email", "displayName"}, properties = {
        @SchemaProperty(name = "email", example = "dr.lee@trainee.example"),
        @SchemaProperty(name = "displayName", example = "Dr Sam Lee")})
public record InviteTraineeRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String email,
        @NotBlank(message = "is required") @Size(max = 120, message = "must be 1-120 characters") String displayName) {

    public InviteTraineeCommand toCommand() {
        return new InviteTraineeCommand(email, displayName);
    }
}
