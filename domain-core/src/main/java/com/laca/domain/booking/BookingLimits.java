package com.laca.domain.booking;

import java.util.Optional;

/**
 * How much of a clinic's calendar one client, or one network address, may hold through public booking, so that
 * nobody can take every slot (one e-mail address once held 25 of 25 consecutive slots). A limit of 0 is no limit.
 *
 * @param unpaidHoldsPerClient  holds awaiting their deposit, per client (e-mail address)
 * @param upcomingPerClient     upcoming bookings, per client
 * @param unpaidHoldsPerAddress holds awaiting their deposit, per network address the bookings came from
 * @param upcomingPerAddress    upcoming bookings, per network address
 */
public record BookingLimits(int unpaidHoldsPerClient, int upcomingPerClient, int unpaidHoldsPerAddress,
                            int upcomingPerAddress) {

    /** The limits a clinic gets unless configured otherwise. */
    public static final BookingLimits DEFAULT = new BookingLimits(2, 6, 5, 20);
    /** No limits at all, as for staff booking on a client's behalf. */
    public static final BookingLimits NONE = new BookingLimits(0, 0, 0, 0);

    public BookingLimits {
        if (unpaidHoldsPerClient < 0 || upcomingPerClient < 0 || unpaidHoldsPerAddress < 0 || upcomingPerAddress < 0) {
            throw new IllegalArgumentException("booking limits are 0 (none) or more");
        }
    }

    /** Whether any limit applies, so that nothing needs counting when none does. */
    public boolean any() {
        return !equals(NONE);
    }

    /**
     * Whether a booking's check counts its network address's standing, so that concurrent bookings from one address
     * must count one after the other; a limit that does not apply to the booking (unpaid holds, for a booking that is
     * not one) needs no counting, and a booking it cannot apply to cannot change what it counts. (A client's own
     * standing is always locked: their overlap check and their record's creation rely on it too.)
     *
     * @param hold whether the new booking will be an unpaid hold
     */
    public boolean countsAddress(boolean hold) {
        return upcomingPerAddress > 0 || hold && unpaidHoldsPerAddress > 0;
    }

    /**
     * Whether one more booking keeps within the limits, or the first limit it would break.
     *
     * @param client  what the client already holds
     * @param address what bookings from the same network address already hold
     * @param hold    whether the new booking will be an unpaid hold (its treatment asks for a card deposit)
     */
    public Optional<Reached> check(StandingBookings client, StandingBookings address, boolean hold) {
        if (hold && full(client.unpaidHolds(), unpaidHoldsPerClient)) {
            return Optional.of(new Reached(BookingLimit.CLIENT_UNPAID_HOLDS, unpaidHoldsPerClient));
        }
        if (full(client.upcoming(), upcomingPerClient)) {
            return Optional.of(new Reached(BookingLimit.CLIENT_UPCOMING_BOOKINGS, upcomingPerClient));
        }
        if (hold && full(address.unpaidHolds(), unpaidHoldsPerAddress)) {
            return Optional.of(new Reached(BookingLimit.ADDRESS_UNPAID_HOLDS, unpaidHoldsPerAddress));
        }
        if (full(address.upcoming(), upcomingPerAddress)) {
            return Optional.of(new Reached(BookingLimit.ADDRESS_UPCOMING_BOOKINGS, upcomingPerAddress));
        }
        return Optional.empty();
    }

    private static boolean full(int held, int limit) {
        return limit > 0 && held >= limit;
    }

    /**
     * A limit one more booking would break.
     *
     * @param allowed the configured limit that is already reached
     */
    public record Reached(BookingLimit limit, int allowed) {

        /** The sentence a booking page may show. */
        public String message() {
            return limit.message(allowed);
        }
    }
}
