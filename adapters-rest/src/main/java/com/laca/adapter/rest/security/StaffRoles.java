package com.laca.adapter.rest.security;

import com.laca.domain.identity.Role;

/**
 * Role names for {@code @RolesAllowed} on staff resources: listing every {@link Role} makes Payara's MP-JWT filter
 * demand a verified token (401 otherwise) while leaving what each role may do to the use cases' permission checks.
 */
public final class StaffRoles {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String OWNER = "OWNER";
    public static final String MANAGER = "MANAGER";
    public static final String PRACTITIONER = "PRACTITIONER";
    public static final String FRONTDESK = "FRONTDESK";
    public static final String FINANCE = "FINANCE";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String STUDENT = "STUDENT";
    public static final String CLIENT = "CLIENT";

    private StaffRoles() {
    }
}
