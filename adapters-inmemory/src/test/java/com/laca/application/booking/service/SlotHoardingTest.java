package com.laca.application.booking.service;

import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.application.booking.port.in.AvailabilityRequest;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.domain.booking.BookingLimit;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Nobody can hoard a clinic's slots through public booking")
class SlotHoardingTest {

    private static final BookingLimits LIMITS = new BookingLimits(2, 3, 3, 5);

    private final InMemoryPaymentGateway cards = new InMemoryPaymentGateway();
    private final BookingFixture clinic = new BookingFixture(new InMemoryPersistencePorts(), cards, LIMITS)
            .onboarded();
    private final Treatment peel = clinic.store(BookingFixture.treatment("Peel", null, Set.of(),
            DepositPolicy.fixed(Money.of(5_000, "GBP"))));

    /**
     * The n-th half hour from Wednesday 10:00, with Ana or Ben, so every booking has a free slot of its own and one
     * client is never booked into two rooms at once (which is refused on its own account).
     */
    private static Instant slot(int n) {
        return WEDNESDAY_10AM.plus(Duration.ofMinutes(30L * n));
    }

    private BookAppointmentCommand command(Treatment treatment, int n, String email) {
        return clinic.command(treatment, slot(n), Optional.of(n % 2 == 0 ? clinic.ana.id() : clinic.ben.id()), email);
    }

    private BookingResult book(Treatment treatment, int n, String email, String address) {
        return clinic.booking.book(command(treatment, n, email).from(address));
    }

    private static String someone() {
        return "client-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    @DisplayName("one e-mail address books three upcoming slots; the fourth is refused, saying why, and is not stored")
    void upcomingPerClient() {
        for (int n = 0; n < 3; n++) {
            assertThat(book(clinic.consultation, n, "hoarder@example.com", "192.0.2." + n))
                    .isInstanceOf(BookingResult.Booked.class);
        }

        BookingResult fourth = book(clinic.consultation, 3, "hoarder@example.com", "192.0.2.3");

        assertThat(fourth).isEqualTo(new BookingResult.LimitReached(BookingLimit.CLIENT_UPCOMING_BOOKINGS, 3,
                BookingLimit.CLIENT_UPCOMING_BOOKINGS.message(3)));
        assertThat(clinic.availability.availability(new AvailabilityRequest(
                clinic.tenant, clinic.consultation.id(), BookingFixture.WEDNESDAY, BookingFixture.WEDNESDAY,
                Optional.of(clinic.ben.id()), Optional.empty()))).anySatisfy(s -> assertThat(s.start())
                .isEqualTo(slot(3)));
        assertThat(book(clinic.consultation, 3, someone(), "192.0.2.3")).isInstanceOf(BookingResult.Booked.class);
    }

    @Test
    @DisplayName("a cancelled booking, a lapsed hold and a booking that has started no longer count")
    void onlyWhatIsStillHeldCounts() {
        BookingResult.Booked cancelled = (BookingResult.Booked) book(clinic.consultation, 0, "cara@example.com", "a");
        book(peel, 1, "cara@example.com", "a");
        book(clinic.consultation, 2, "cara@example.com", "a");
        assertThat(book(clinic.consultation, 3, "cara@example.com", "a"))
                .isInstanceOf(BookingResult.LimitReached.class);

        assertThat(clinic.booking.cancel(clinic.tenant, cancelled.manageToken()))
                .isInstanceOf(TransitionOutcome.Changed.class);
        assertThat(book(clinic.consultation, 3, "cara@example.com", "a")).isInstanceOf(BookingResult.Booked.class);

        clinic.clock.advance(Duration.ofMinutes(15));
        assertThat(book(clinic.consultation, 4, "cara@example.com", "a")).isInstanceOf(BookingResult.Booked.class);

        clinic.clock.set(slot(2).plusSeconds(60));
        Instant friday = slot(0).plus(Duration.ofDays(2));
        assertThat(clinic.booking.book(clinic.command(clinic.consultation, friday, Optional.of(clinic.ana.id()),
                "cara@example.com").from("a"))).isInstanceOf(BookingResult.Booked.class);
    }

    @Test
    @DisplayName("two unpaid holds per client: a third hold is refused, a booking without a deposit is not")
    void unpaidHoldsPerClient() {
        assertThat(book(peel, 0, "cara@example.com", "a")).isInstanceOf(BookingResult.Booked.class);
        assertThat(book(peel, 1, "cara@example.com", "b")).isInstanceOf(BookingResult.Booked.class);

        assertThat(book(peel, 2, "cara@example.com", "c")).isInstanceOfSatisfying(BookingResult.LimitReached.class,
                reached -> assertThat(reached.limit()).isEqualTo(BookingLimit.CLIENT_UNPAID_HOLDS));
        assertThat(book(clinic.consultation, 2, "cara@example.com", "c")).isInstanceOf(BookingResult.Booked.class);
    }

    @Test
    @DisplayName("many e-mail addresses from one network address meet the address limits; other addresses do not")
    void perAddress() {
        for (int n = 0; n < 3; n++) {
            assertThat(book(peel, n, someone(), "198.51.100.7")).isInstanceOf(BookingResult.Booked.class);
        }
        assertThat(book(peel, 3, someone(), "198.51.100.7")).isInstanceOfSatisfying(BookingResult.LimitReached.class,
                reached -> assertThat(reached.limit()).isEqualTo(BookingLimit.ADDRESS_UNPAID_HOLDS));
        book(clinic.consultation, 3, someone(), "198.51.100.7");
        book(clinic.consultation, 4, someone(), "198.51.100.7");

        assertThat(book(clinic.consultation, 5, someone(), "198.51.100.7"))
                .isInstanceOfSatisfying(BookingResult.LimitReached.class,
                        reached -> assertThat(reached.limit()).isEqualTo(BookingLimit.ADDRESS_UPCOMING_BOOKINGS));
        assertThat(book(clinic.consultation, 5, someone(), "198.51.100.8")).isInstanceOf(BookingResult.Booked.class);
    }

    @Test
    @DisplayName("staff booking on a client's behalf is not limited, and a reschedule is never refused for it")
    void staffAndReschedulesAreNotLimited() {
        for (int n = 0; n < 3; n++) {
            book(clinic.consultation, n, "regular@example.com", "a");
        }
        BookingResult.Booked byStaff = (BookingResult.Booked) clinic.booking.bookOnBehalf(
                clinic.caller(Role.FRONTDESK), command(clinic.consultation, 3, "regular@example.com"));

        assertThat(clinic.booking.reschedule(clinic.tenant, byStaff.manageToken(), slot(5),
                Optional.of(clinic.ben.id()))).isInstanceOf(BookingResult.Booked.class);
    }

    @Test
    @DisplayName("with no limits configured, one e-mail address may book slot after slot")
    void noLimits() {
        BookingFixture open = new BookingFixture(new InMemoryPersistencePorts(), cards, BookingLimits.NONE)
                .onboarded();
        for (int n = 0; n < 10; n++) {
            assertThat(open.booking.book(open.command(open.consultation, slot(n),
                    Optional.of(n % 2 == 0 ? open.ana.id() : open.ben.id()), "hoarder@example.com").from("a")))
                    .isInstanceOf(BookingResult.Booked.class);
        }
    }
}
