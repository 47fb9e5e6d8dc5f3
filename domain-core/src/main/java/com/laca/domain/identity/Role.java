package com.laca.domain.identity;

/** A role an account holds; the token carries it as a group and the {@link PermissionMatrix} says what it allows. */
public enum Role {
    /** Runs the platform: creates and suspends tenants, never sees clinic data. */
    PLATFORM_ADMIN,
    /** Owns the clinic business. */
    OWNER,
    /** Runs the clinic day to day. */
    MANAGER,
    /** Treats clients. */
    PRACTITIONER,
    /** Reception: bookings, clients, payments at the desk. */
    FRONTDESK,
    /** Money: payments, refunds, reports. */
    FINANCE,
    /** Teaches and grades in the academy. */
    INSTRUCTOR,
    /** A trainee in the academy (own data only; later feature). */
    STUDENT,
    /** A clinic client (own data only; later feature). */
    CLIENT;

    /**
     * Whether an owner may give this role to a member of the clinic's staff: students and clients are people the
     * clinic serves, not staff, and the platform administrator belongs to no clinic.
     */
    public boolean isClinicStaff() {
        return this != PLATFORM_ADMIN && this != STUDENT && this != CLIENT;
    }
}
