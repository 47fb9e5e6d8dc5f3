package com.laca.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Booking limits: nobody holds more of a clinic's calendar than allowed")
class BookingLimitsTest {

    private final BookingLimits limits = new BookingLimits(2, 6, 5, 20);

    private static StandingBookings holding(int upcoming, int unpaidHolds) {
        return new StandingBookings(upcoming, unpaidHolds);
    }

    @Test
    @DisplayName("a client with five upcoming bookings may book a sixth, not a seventh")
    void upcomingPerClient() {
        assertThat(limits.check(holding(5, 0), StandingBookings.NONE, false)).isEmpty();
        assertThat(limits.check(holding(6, 0), StandingBookings.NONE, false))
                .contains(new BookingLimits.Reached(BookingLimit.CLIENT_UPCOMING_BOOKINGS, 6));
    }

    @Test
    @DisplayName("a client with two unpaid holds may not take a third hold, but may still book without a deposit")
    void unpaidHoldsPerClient() {
        assertThat(limits.check(holding(2, 2), StandingBookings.NONE, true))
                .contains(new BookingLimits.Reached(BookingLimit.CLIENT_UNPAID_HOLDS, 2));
        assertThat(limits.check(holding(2, 2), StandingBookings.NONE, false)).isEmpty();
        assertThat(limits.check(holding(2, 1), StandingBookings.NONE, true)).isEmpty();
    }

    @Test
    @DisplayName("many e-mail addresses from one network address meet the address limits")
    void perAddress() {
        assertThat(limits.check(StandingBookings.NONE, holding(20, 0), false))
                .contains(new BookingLimits.Reached(BookingLimit.ADDRESS_UPCOMING_BOOKINGS, 20));
        assertThat(limits.check(StandingBookings.NONE, holding(5, 5), true))
                .contains(new BookingLimits.Reached(BookingLimit.ADDRESS_UNPAID_HOLDS, 5));
        assertThat(limits.check(StandingBookings.NONE, holding(19, 4), true)).isEmpty();
    }

    @Test
    @DisplayName("a limit of zero is no limit, and no limits at all let anything through")
    void zeroIsNoLimit() {
        assertThat(new BookingLimits(0, 0, 0, 1).check(holding(500, 500), StandingBookings.NONE, true)).isEmpty();
        assertThat(BookingLimits.NONE.check(holding(500, 500), holding(500, 500), true)).isEmpty();
        assertThat(BookingLimits.NONE.any()).isFalse();
        assertThat(BookingLimits.DEFAULT.any()).isTrue();
    }

    @Test
    @DisplayName("the page is told what to do in words, naming the limit")
    void message() {
        assertThat(new BookingLimits.Reached(BookingLimit.CLIENT_UPCOMING_BOOKINGS, 6).message())
                .isEqualTo("You already have 6 upcoming bookings at this clinic; cancel one or contact the clinic "
                        + "to book more.");
        assertThat(BookingLimit.CLIENT_UNPAID_HOLDS.message(1)).startsWith("You already have 1 unpaid booking at");
    }

    @Test
    @DisplayName("an address's standing is counted, and so locked, only when a limit on it applies to the booking")
    void whatIsCounted() {
        BookingLimits clientUpcomingOnly = new BookingLimits(0, 6, 0, 0);
        assertThat(clientUpcomingOnly.countsAddress(true)).isFalse();

        BookingLimits holdsOnly = new BookingLimits(2, 0, 5, 0);
        assertThat(holdsOnly.countsAddress(false)).isFalse();
        assertThat(holdsOnly.countsAddress(true)).isTrue();

        assertThat(BookingLimits.DEFAULT.countsAddress(false)).isTrue();
        assertThat(BookingLimits.NONE.countsAddress(true)).isFalse();
    }

    @Test
    @DisplayName("negative limits and holds that are not among the upcoming bookings are programming errors")
    void invariants() {
        assertThatThrownBy(() -> new BookingLimits(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StandingBookings(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
