package com.laca.application.identity.port.in;

import java.time.Instant;

/** The answer to a sign-in or refresh: tokens, or a refusal the REST adapter maps exhaustively to a status. */
public sealed interface AuthResult {

    /** The credentials were right: here are the tokens. */
    record Authenticated(TokenPair tokens) implements AuthResult {
    }

    /** Wrong tenant, e-mail, password or token; deliberately does not say which. */
    record InvalidCredentials() implements AuthResult {
    }

    /** Too many failures recently for this account or address; try again after the given moment. */
    record Throttled(Instant retryAfter) implements AuthResult {
    }
}
