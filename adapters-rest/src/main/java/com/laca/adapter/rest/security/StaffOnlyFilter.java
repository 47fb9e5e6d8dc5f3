package com.laca.adapter.rest.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Keeps {@link StaffOnly} resources to callers with a verified token naming a role, at the authorization step, so
 * nothing of the request (body, headers, path) is read for anyone else.
 */
@Provider
@StaffOnly
@Priority(Priorities.AUTHORIZATION)
public class StaffOnlyFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        if (CallerFromToken.toCaller(principal instanceof JsonWebToken token ? token : null).roles().isEmpty()) {
            throw new ForbiddenException();
        }
    }
}
