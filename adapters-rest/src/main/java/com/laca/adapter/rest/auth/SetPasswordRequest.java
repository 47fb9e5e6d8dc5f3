package com.laca.adapter.rest.auth;

import com.laca.adapter.rest.common.Fields;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new password with the one-time invitation or reset token that authorises it; {@link #toString()} hides both. */
@Schema(name = "SetPasswordRequest")
public record SetPasswordRequest(
        @Schema(example = "ot_Zm9vYmFy...", required = true, description = "the one-time token from the invitation")
        String token,
        @Schema(example = "a long pass phrase", required = true, format = "password",
                description = "10-128 characters") String password) {

    public String oneTimeToken() {
        return Fields.required(token, "token");
    }

    @Override
    public String toString() {
        return "SetPasswordRequest[token=<hidden>, password=<hidden>]";
    }
}
