package com.laca.domain.safety;

/**
 * Where in an appointment's life the policy is asked, because some gates (screening reconfirmation, prescription,
 * ID check, consent) can only be met shortly before treatment and are therefore checked at check-in only.
 */
public enum SafetyStage {
    /** Listing slots for a known client, or booking (public and staff alike). */
    BOOKING,
    /** Moving a booking to another time or practitioner. */
    RESCHEDULE,
    /** The client arrives; everything must be in place. */
    CHECK_IN;

    /** True when every gate applies, not only those that can be met at booking time. */
    public boolean isBeforeTreatment() {
        return this == CHECK_IN;
    }
}
