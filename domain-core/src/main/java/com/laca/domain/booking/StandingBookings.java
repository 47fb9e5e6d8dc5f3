package com.laca.domain.booking;

/**
 * What one client, or one network address, holds at a clinic right now: upcoming bookings (confirmed, or held with
 * the hold still running) and how many of those are holds whose deposit is still unpaid; the numbers the booking
 * limits are measured against.
 *
 * @param upcoming    bookings that have not started yet and still take a slot
 * @param unpaidHolds of those, the holds still waiting for their deposit
 */
public record StandingBookings(int upcoming, int unpaidHolds) {

    /** Nothing booked. */
    public static final StandingBookings NONE = new StandingBookings(0, 0);

    public StandingBookings {
        if (upcoming < 0 || unpaidHolds < 0 || unpaidHolds > upcoming) {
            throw new IllegalArgumentException("unpaid holds are some of the upcoming bookings: " + unpaidHolds
                    + " of " + upcoming);
        }
    }
}
