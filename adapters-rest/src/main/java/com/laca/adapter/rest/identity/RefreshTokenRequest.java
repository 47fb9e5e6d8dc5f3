package com.laca.adapter.rest.identity;

import com.laca.adapter.rest.common.Fields;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A refresh token presented to rotate or revoke it; {@link #toString()} hides it. */
@Schema(name = "RefreshTokenRequest", requiredProperties = {"refreshToken"}, properties = {
        @SchemaProperty(name = "refreshToken", example = "rt_Zm9vYmFy...")})
public record RefreshTokenRequest(
        @NotBlank(message = Fields.REQUIRED) String refreshToken) {

    public String token() {
        return refreshToken;
    }

    @Override
    public String toString() {
        return "RefreshTokenRequest[refreshToken=<hidden>]";
    }
}
