package com.laca.adapter.rest.identity;

import com.laca.application.identity.port.in.TokenPair;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A signed-in session in the shape OAuth 2 clients expect, so standard client libraries can use it. */
@Schema(name = "TokenResponse", properties = {
        @SchemaProperty(name = "accessToken", example = "eyJraWQiOiJrZXktMSIsInR5cCI6IkpXVCIsImFsZyI6IlJTMjU2In0..."),
        @SchemaProperty(name = "tokenType", example = "Bearer"),
        @SchemaProperty(name = "expiresIn", example = "900", description = "seconds until the access token expires"),
        @SchemaProperty(name = "refreshToken", example = "rt_Zm9vYmFy..."),
        @SchemaProperty(name = "refreshExpiresAt", example = "2026-03-31T09:30:00Z")})
public record TokenResponse(
        String accessToken,
        String tokenType,
        long expiresIn,
        String refreshToken,
        Instant refreshExpiresAt) {

    public static TokenResponse from(TokenPair tokens, Instant now) {
        long seconds = Math.max(0, Duration.between(now, tokens.accessTokenExpiresAt()).toSeconds());
        return new TokenResponse(tokens.accessToken(), "Bearer", seconds, tokens.refreshToken(),
                tokens.refreshTokenExpiresAt());
    }

    @Override
    public String toString() {
        return "TokenResponse[tokenType=Bearer, expiresIn=" + expiresIn + ", tokens=<hidden>]";
    }
}
