package com.laca.adapter.rest.security;

import com.laca.domain.identity.Permission;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Checks {@link RequiresPermission} after authentication and the staff check but before JAX-RS reads the body or binds
 * headers and path parameters, which happens only when the resource method is invoked.
 */
@Provider
public class RequiredPermissionFeature implements DynamicFeature {

    /** After the {@link StaffOnly} check, which runs at {@link Priorities#AUTHORIZATION}. */
    static final int PRIORITY = Priorities.AUTHORIZATION + 100;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RequiresPermission required = resource.getResourceMethod().getAnnotation(RequiresPermission.class);
        if (required != null) {
            context.register(new PermissionFilter(required.value()), PRIORITY);
        }
    }

    /** Refuses the request (401 without a usable token, 403 without the permission) before anything else is read. */
    static final class PermissionFilter implements ContainerRequestFilter {

        private final Permission permission;

        PermissionFilter(Permission permission) {
            this.permission = permission;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Principal principal = request.getSecurityContext() == null ? null
                    : request.getSecurityContext().getUserPrincipal();
            CallerFromToken.toCaller(principal instanceof JsonWebToken token ? token : null).require(permission);
        }
    }
}
