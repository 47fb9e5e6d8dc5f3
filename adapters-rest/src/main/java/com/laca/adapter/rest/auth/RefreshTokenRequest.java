package com.laca.adapter.rest.auth;

import com.laca.adapter.rest.common.Fields;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A refresh token presented to rotate or revoke it; {@link #toString()} hides it. */
@Schema(name = "RefreshTokenRequest")
public record RefreshTokenRequest(
        @Schema(example = "rt_Zm9vYmFy...", required = true) String refreshToken) {

    public String token() {
        return Fields.required(refreshToken, "refreshToken");
    }

    @Override
    public String toString() {
        return "RefreshTokenRequest[refreshToken=<hidden>]";
    }
}
