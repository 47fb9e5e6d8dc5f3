package com.laca.domain.identity;

import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in to one tenant's back office; belongs to exactly one tenant so a token can never span two.
 *
 * @param passwordHash the encoded hash from a password hasher, or {@code null} until an invitation is accepted
 */
public record StaffAccount(UserId id, TenantId tenantId, EmailAddress email, String displayName, Set<Role> roles,
                           String passwordHash, boolean active) {

    public StaffAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a staff account needs at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Whether the account may sign in at all. */
    public boolean canSignIn() {
        return active && passwordHash != null;
    }

    /** The same account with a new password hash, e.g. after a reset. */
    public StaffAccount withPasswordHash(String newHash) {
        return new StaffAccount(id, tenantId, email, displayName, roles, newHash, active);
    }

    /** The same account with a new name, roles and active flag; e-mail and password stay as they are. */
    public StaffAccount withProfile(String newDisplayName, Set<Role> newRoles, boolean nowActive) {
        return new StaffAccount(id, tenantId, email, newDisplayName, newRoles, passwordHash, nowActive);
    }

    /** Whether this account is an active owner, the role that can manage everyone else. */
    public boolean isActiveOwner() {
        return active && roles.contains(Role.OWNER);
    }
}
