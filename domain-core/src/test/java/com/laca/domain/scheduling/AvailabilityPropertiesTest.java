package com.laca.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** Properties checked over random clinics; each failure reports the seed that rebuilds its clinic. */
@Label("Availability over random clinics")
class AvailabilityPropertiesTest {

    private static final AvailabilityEngine ENGINE = new AvailabilityEngine();
    private static final int SAMPLED_TIMES = 60;
    private static final int BOOKINGS_IN_A_ROW = 8;

    @Property(tries = 200)
    @Label("No offered slot overlaps a busy interval, falls outside working hours or breaks any other rule")
    void offeredSlotsObeyTheRules(@ForAll long seed) {
        RandomClinic clinic = RandomClinic.fromSeed(seed);

        List<OfferedSlot> slots = ENGINE.offeredSlots(clinic.schedule(), clinic.treatment(),
                clinic.query(PractitionerChoice.any()));

        assertObeysRules(clinic, slots);
        assertThat(slots).extracting(OfferedSlot::start).doesNotHaveDuplicates().isSorted();
        Statistics.label("slots offered").collect(slots.isEmpty() ? "none" : slots.size() < 20 ? "1-19" : "20+");
        Statistics.label("listing crosses a clock change").collect(slots.stream().anyMatch(slot ->
                clinic.schedule().zone().getRules().getTransition(slot.localStart().toLocalDateTime()) != null
                        || !slot.offset().equals(slots.get(0).offset())));
    }

    @Property(tries = 200)
    @Label("A listed slot is always bookable and an unlisted time never is")
    void listedExactlyWhenBookable(@ForAll long seed) {
        RandomClinic clinic = RandomClinic.fromSeed(seed);
        List<OfferedSlot> slots = ENGINE.offeredSlots(clinic.schedule(), clinic.treatment(),
                clinic.query(PractitionerChoice.any()));
        Map<Instant, OfferedSlot> byStart = new HashMap<>();
        slots.forEach(slot -> byStart.put(slot.start(), slot));

        for (OfferedSlot slot : slots) {
            assertThat(check(clinic, PractitionerChoice.any(), slot.start()))
                    .isInstanceOfSatisfying(BookingDecision.Bookable.class,
                            bookable -> assertThat(slot.practitioners()).contains(bookable.practitioner()));
            for (PractitionerId practitioner : slot.practitioners()) {
                assertThat(check(clinic, PractitionerChoice.of(practitioner), slot.start()))
                        .isInstanceOf(BookingDecision.Bookable.class);
            }
        }
        Random random = new Random(seed);
        int days = (int) (clinic.to().toEpochDay() - clinic.from().toEpochDay()) + 1;
        for (int i = 0; i < SAMPLED_TIMES; i++) {
            LocalDate date = clinic.from().plusDays(random.nextInt(days));
            Instant start = ZonedDateTime.of(date, LocalTime.ofSecondOfDay(300L * random.nextInt(288)),
                    clinic.schedule().zone()).toInstant();
            BookingDecision decision = check(clinic, PractitionerChoice.any(), start);
            OfferedSlot listed = byStart.get(start);
            if (decision instanceof BookingDecision.Bookable bookable) {
                assertThat(listed).as("bookable at %s but not listed", start).isNotNull();
                assertThat(listed.practitioners()).contains(bookable.practitioner());
            } else {
                assertThat(listed).as("listed at %s but refused: %s", start, decision).isNull();
            }
        }
    }

    @Property(tries = 200)
    @Label("Booking listed slots one after another never fails for a reason the listing did not know")
    void bookingInARow(@ForAll long seed) {
        RandomClinic clinic = RandomClinic.fromSeed(seed);
        Random random = new Random(seed);

        for (int booking = 0; booking < BOOKINGS_IN_A_ROW; booking++) {
            List<OfferedSlot> slots = ENGINE.offeredSlots(clinic.schedule(), clinic.treatment(),
                    clinic.query(PractitionerChoice.any()));
            assertObeysRules(clinic, slots);
            if (slots.isEmpty()) {
                return;
            }
            OfferedSlot picked = slots.get(random.nextInt(slots.size()));
            PractitionerChoice choice = random.nextBoolean() ? PractitionerChoice.any()
                    : PractitionerChoice.of(picked.practitioners().get(random.nextInt(picked.practitioners().size())));

            BookingDecision decision = check(clinic, choice, picked.start());

            assertThat(decision).as("booking %s with %s", picked, choice).isInstanceOf(BookingDecision.Bookable.class);
            BookingDecision.Bookable bookable = (BookingDecision.Bookable) decision;
            clinic = clinic.with(new ExistingAppointment(AppointmentId.random(), bookable.practitioner(),
                    bookable.resources(), bookable.treatment(), clinic.treatment().bufferBefore(),
                    clinic.treatment().bufferAfter()));
            assertThat(check(clinic, PractitionerChoice.of(bookable.practitioner()), picked.start()))
                    .as("the slot just booked is taken").isInstanceOf(BookingDecision.Rejected.class);
        }
    }

    private static BookingDecision check(RandomClinic clinic, PractitionerChoice choice, Instant start) {
        return ENGINE.check(clinic.schedule(), clinic.treatment(), new BookingRequest(choice, start, clinic.now()));
    }

    private static void assertObeysRules(RandomClinic clinic, List<OfferedSlot> slots) {
        for (OfferedSlot slot : slots) {
            for (PractitionerId practitioner : slot.practitioners()) {
                Optional<String> violation = IndependentRules.violation(clinic.schedule(), clinic.treatment(),
                        clinic.now(), slot, practitioner);
                assertThat(violation).as("slot %s for %s", slot.localStart(), practitioner).isEmpty();
            }
        }
    }
}
