package com.laca.application.shared;

import com.laca.domain.identity.Permission;
import com.laca.domain.identity.PermissionMatrix;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated staff member a use case acts for; built only from a verified token, so the tenant is never
 * taken from a request body.
 */
public record Caller(UserId userId, TenantId tenantId, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tenantId, "tenantId");
        roles = Set.copyOf(roles);
    }

    /** Throws {@link AccessDeniedException} unless one of the caller's roles grants the permission. */
    public void require(Permission permission) {
        if (!PermissionMatrix.allowsAny(roles, permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
