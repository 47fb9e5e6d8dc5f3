package com.laca.adapter.rest.security;

import jakarta.ws.rs.NotAuthorizedException;

/**
 * A verified access token LACA still refuses (not valid yet, or its clinic unknown or suspended), answered 401 like
 * any bad token, with the reason kept for the security log only.
 */
public class RefusedTokenException extends NotAuthorizedException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public RefusedTokenException(String reason) {
        super(CallerFromToken.BEARER_CHALLENGE);
        this.reason = reason;
    }

    /** Why the token was refused, in words for the operator. */
    public String reason() {
        return reason;
    }
}
