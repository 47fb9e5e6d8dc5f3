package com.laca.application.identity.port.in;

import java.util.Objects;

/**
 * A sign-in attempt; the client address is kept only to throttle guessing from one place.
 *
 * @param tenantSlug    the clinic the person works for
 * @param clientAddress the remote address as the server saw it
 */
public record LoginCommand(String tenantSlug, String email, String password, String clientAddress) {

    public LoginCommand {
        Objects.requireNonNull(tenantSlug, "tenantSlug");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    @Override
    public String toString() {
        return "LoginCommand[tenantSlug=" + tenantSlug + ", email=<hidden>, password=<hidden>]";
    }
}
