package com.laca.application.shared;

/**
 * What the caller wants done with future bookings a change would break, so no booking is ever orphaned silently:
 * refuse the change and list them (the default), or keep them as they are (recorded in the log).
 */
public enum AffectedBookings {
    REFUSE,
    KEEP
}
