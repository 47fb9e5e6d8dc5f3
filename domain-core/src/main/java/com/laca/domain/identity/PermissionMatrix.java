package com.laca.domain.identity;

import static com.laca.domain.identity.Permission.*;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The single answer to "may this role do that", kept in the domain so every adapter and use case asks the same table.
 * Least privilege: a role gets only what its job needs, and no clinic role can manage tenants; a trainee may only
 * learn, on records that are their own.
 */
public final class PermissionMatrix {

    private static final Map<Role, Set<Permission>> GRANTS = new EnumMap<>(Role.class);

    static {
        Set<Permission> clinicWide = EnumSet.complementOf(EnumSet.of(TENANTS_MANAGE, LEARN));
        GRANTS.put(Role.PLATFORM_ADMIN, EnumSet.of(TENANTS_MANAGE));
        GRANTS.put(Role.OWNER, clinicWide);
        GRANTS.put(Role.MANAGER, without(clinicWide, STAFF_MANAGE, CLINICAL_READ, RECORDS_AUDIT,
                CLINICAL_DECIDE));
        GRANTS.put(Role.PRACTITIONER, EnumSet.of(APPOINTMENTS_VIEW, APPOINTMENTS_MANAGE, CLIENTS_VIEW, CLIENTS_MANAGE,
                COURSES_VIEW, SETTINGS_VIEW, CLINICAL_READ, CLINICAL_DECIDE, CONSENT_MANAGE));
        GRANTS.put(Role.FRONTDESK, EnumSet.of(APPOINTMENTS_VIEW, APPOINTMENTS_MANAGE, CLIENTS_VIEW, CLIENTS_MANAGE,
                PAYMENTS_VIEW, PAYMENTS_TAKE, SETTINGS_VIEW, CONSENT_MANAGE, APPOINTMENTS_MANAGE_ANY));
        GRANTS.put(Role.FINANCE, EnumSet.of(APPOINTMENTS_VIEW, PAYMENTS_VIEW, PAYMENTS_TAKE, PAYMENTS_REFUND, SETTINGS_VIEW,
                REPORTS_MONEY));
        GRANTS.put(Role.INSTRUCTOR, EnumSet.of(COURSES_VIEW, COURSES_MANAGE, ASSESSMENTS_GRADE, CERTIFICATES_ISSUE,
                SETTINGS_VIEW, ENROLMENTS_MANAGE, CASELOG_SIGN_OFF, REGRADE_APPLY, CERTIFICATES_REVOKE));
        GRANTS.put(Role.STUDENT, EnumSet.of(LEARN));
        GRANTS.put(Role.CLIENT, EnumSet.noneOf(Permission.class));
    }

    private PermissionMatrix() {
    }

    /** Whether this one role grants the permission. */
    public static boolean allows(Role role, Permission permission) {
        return GRANTS.get(role).contains(permission);
    }

    /** Whether any of the roles grants the permission. */
    public static boolean allowsAny(Collection<Role> roles, Permission permission) {
        return roles.stream().anyMatch(role -> allows(role, permission));
    }

    /** Everything the role may do, as an unmodifiable set. */
    public static Set<Permission> grantedTo(Role role) {
        return Set.copyOf(GRANTS.get(role));
    }

    private static Set<Permission> without(Set<Permission> permissions, Permission... removed) {
        Set<Permission> copy = EnumSet.copyOf(permissions);
        copy.removeAll(List.of(removed));
        return copy;
    }
}
