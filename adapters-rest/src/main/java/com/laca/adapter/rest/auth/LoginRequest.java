package com.laca.adapter.rest.auth;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.port.in.auth.LoginCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sign-in attempt as JSON; {@link #toString()} hides the secrets so they never reach a log. */
@Schema(name = "LoginRequest")
public record LoginRequest(
        @Schema(example = "demo-clinic", required = true, description = "the clinic's slug") String tenant,
        @Schema(example = "owner@demo-clinic.example", required = true) String email,
        @Schema(example = "correct horse battery staple", required = true, format = "password") String password) {

    public LoginCommand toCommand(String clientAddress) {
        return new LoginCommand(Fields.required(tenant, "tenant"), Fields.required(email, "email"),
                Fields.required(password, "password"), clientAddress == null ? "unknown" : clientAddress);
    }

    @Override
    public String toString() {
        return "LoginRequest[tenant=" + tenant + ", email=<hidden>, password=<hidden>]";
    }
}
