package com.laca.domain.booking;

/**
 * Which limit a booking would break, so the booking page can say what to do (pay or cancel a hold, wait until a
 * booking has passed) and the clinic can see which of its configured limits was met.
 */
public enum BookingLimit {
    /** The client already holds as many unpaid holds as allowed. */
    CLIENT_UNPAID_HOLDS,
    /** The client already has as many upcoming bookings as allowed. */
    CLIENT_UPCOMING_BOOKINGS,
    /** Bookings from this network address already hold as many unpaid holds as allowed. */
    ADDRESS_UNPAID_HOLDS,
    /** Bookings from this network address already have as many upcoming bookings as allowed. */
    ADDRESS_UPCOMING_BOOKINGS;

    /** A sentence a booking page may show as it is, for a limit of {@code allowed}. */
    public String message(int allowed) {
        return switch (this) {
            case CLIENT_UNPAID_HOLDS -> "You already have " + allowed + " unpaid booking" + plural(allowed)
                    + " at this clinic; pay or cancel one, or wait until it lapses, before booking again.";
            case CLIENT_UPCOMING_BOOKINGS -> "You already have " + allowed + " upcoming booking" + plural(allowed)
                    + " at this clinic; cancel one or contact the clinic to book more.";
            case ADDRESS_UNPAID_HOLDS -> "Too many unpaid bookings were made from your network; pay or cancel one, "
                    + "or wait until it lapses, before booking again.";
            case ADDRESS_UPCOMING_BOOKINGS -> "Too many upcoming bookings were made from your network; contact the "
                    + "clinic to book more.";
        };
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }
}
