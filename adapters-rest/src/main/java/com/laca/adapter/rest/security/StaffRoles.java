package com.laca.adapter.rest.security;

import com.laca.domain.identity.Role;

/**
 * Role names as the container knows them ({@code @DeclareRoles} on the application), one for every {@link Role} a
 * token's groups may carry; {@link StaffOnly} admits any of them and leaves what each may do to the use cases.
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
