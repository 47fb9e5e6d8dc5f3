package com.laca.adapter.rest.identity;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.identity.port.in.LoginCommand;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A sign-in attempt as JSON; {@link #toString()} hides the secrets so they never reach a log. */
@Schema(name = "LoginRequest", requiredProperties = {"tenant", "email", "password"}, properties = {
        @SchemaProperty(name = "tenant", example = "demo-clinic", description = "the clinic's slug"),
        @SchemaProperty(name = "email", example = "owner@demo-clinic.example"),
        @SchemaProperty(name = "password", example = "correct horse battery staple", format = "password")})
public record LoginRequest(
        @NotBlank(message = Fields.REQUIRED) String tenant,
        @NotBlank(message = Fields.REQUIRED) String email,
        @NotBlank(message = Fields.REQUIRED) String password) {

    public LoginCommand toCommand(String clientAddress) {
        return new LoginCommand(tenant, email, password, clientAddress == null ? "unknown" : clientAddress);
    }

    @Override
    public String toString() {
        return "LoginRequest[tenant=" + tenant + ", email=<hidden>, password=<hidden>]";
    }
}
