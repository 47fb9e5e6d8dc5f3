package com.laca.adapter.rest.security;

import com.laca.application.shared.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, read from the token MicroProfile JWT verified; resources ask it instead of
 * reading headers, so no resource can take the tenant from anywhere else.
 */
@RequestScoped
public class CurrentCaller {

    private JsonWebToken token;

    /** For CDI's client proxy only. */
    protected CurrentCaller() {
    }

    @Inject
    public CurrentCaller(JsonWebToken token) {
        this.token = token;
    }

    /** The verified caller; 401 when the request carries no valid token. */
    public Caller get() {
        return CallerFromToken.toCaller(token);
    }
}
