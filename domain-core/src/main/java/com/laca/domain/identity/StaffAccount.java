package com.laca.domain.identity;

import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person who signs in to one tenant's back office; belongs to exactly one tenant so a token can never span two.
 *
 * @param passwordHash   the encoded hash from a password hasher, or {@code null} until an invitation is accepted
 * @param practitionerId the practitioner record this person treats as, or {@code null}: a practitioner's calendar
 *                       defaults to it, and without {@code APPOINTMENTS_MANAGE_ANY} they act only on its appointments
 */
public record StaffAccount(UserId id, TenantId tenantId, EmailAddress email, String displayName, Set<Role> roles,
                           String passwordHash, boolean active, PractitionerId practitionerId) {

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

    /** An account not linked to a practitioner record. */
    public StaffAccount(UserId id, TenantId tenantId, EmailAddress email, String displayName, Set<Role> roles,
                        String passwordHash, boolean active) {
        this(id, tenantId, email, displayName, roles, passwordHash, active, null);
    }

    /** The practitioner record this person treats as, if linked. */
    public Optional<PractitionerId> linkedPractitioner() {
        return Optional.ofNullable(practitionerId);
    }

    /** The same account linked to a practitioner record, or unlinked with {@code null}. */
    public StaffAccount withPractitioner(PractitionerId practitioner) {
        return new StaffAccount(id, tenantId, email, displayName, roles, passwordHash, active, practitioner);
    }

    /** Whether the account may sign in at all. */
    public boolean canSignIn() {
        return active && passwordHash != null;
    }

    /** The same account with a new password hash, e.g. after a reset. */
    public StaffAccount withPasswordHash(String newHash) {
        return new StaffAccount(id, tenantId, email, displayName, roles, newHash, active, practitionerId);
    }

    /** The same account with a new name, roles and active flag; e-mail and password stay as they are. */
    public StaffAccount withProfile(String newDisplayName, Set<Role> newRoles, boolean nowActive) {
        return new StaffAccount(id, tenantId, email, newDisplayName, newRoles, passwordHash, nowActive, practitionerId);
    }

    /** Whether this account is an active owner, the role that can manage everyone else. */
    public boolean isActiveOwner() {
        return active && roles.contains(Role.OWNER);
    }
}
