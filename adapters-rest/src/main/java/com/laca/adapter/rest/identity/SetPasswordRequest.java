package com.laca.adapter.rest.identity;

import com.laca.adapter.rest.common.Fields;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A new password with the one-time invitation or reset token that authorises it; {@link #toString()} hides both. */
@Schema(name = "SetPasswordRequest", requiredProperties = {"token", "password"}, properties = {
        @SchemaProperty(name = "token", example = "ot_Zm9vYmFy...", description = "the one-time token from the invitation"),
        @SchemaProperty(name = "password", example = "a long pass phrase", format = "password",
                description = "10-128 characters")})
public record SetPasswordRequest(
        @NotBlank(message = Fields.REQUIRED) String token,
        String password) {

    public String oneTimeToken() {
        return token;
    }

    @Override
    public String toString() {
        return "SetPasswordRequest[token=<hidden>, password=<hidden>]";
    }
}
