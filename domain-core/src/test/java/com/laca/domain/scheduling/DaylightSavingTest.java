package com.laca.domain.scheduling;

import static com.laca.domain.scheduling.Clinic.ANNA;
import static com.laca.domain.scheduling.Clinic.chelsea;
import static com.laca.domain.scheduling.Clinic.minutes;
import static com.laca.domain.scheduling.Clinic.nurse;
import static com.laca.domain.scheduling.Clinic.wallClock;
import static com.laca.domain.scheduling.Clinic.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("On the days the clocks change in London, no slot is duplicated, wrongly skipped or shifted by an hour")
class DaylightSavingTest {

    private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    private static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);
    private static final ZoneOffset GMT = ZoneOffset.UTC;
    private static final ZoneOffset BST = ZoneOffset.ofHours(1);

    /** Early in the year, so both change days are within notice and advance. */
    private static final Instant NEW_YEAR = Instant.parse("2026-01-01T09:00:00Z");

    private final TreatmentRequirements halfHour = minutes(30).withSlotStep(Duration.ofMinutes(30));

    private static ClinicSchedule sundays(String... windows) {
        return chelsea().practitioner(nurse(ANNA)).workingHours(weekly(ANNA, DayOfWeek.SUNDAY, windows))
                .build();
    }

    private static List<OfferedSlot> slotsOn(ClinicSchedule schedule, TreatmentRequirements treatment,
                                             LocalDate date) {
        return Clinic.ENGINE.offeredSlots(schedule, treatment.withBookingWindow(Duration.ZERO, Duration.ofDays(365)),
                new AvailabilityQuery(date, date, PractitionerChoice.any(), NEW_YEAR));
    }

    private static List<OffsetDateTime> localStarts(List<OfferedSlot> slots) {
        return slots.stream().map(OfferedSlot::localStart).toList();
    }

    @Test
    @DisplayName("29 March 2026, clocks go forward at 01:00: a 00:00–04:00 rota offers 00:00 and 00:30 GMT, "
            + "then 02:00 to 03:30 BST, and no 01:xx time that the clock never shows")
    void springForward() {
        List<OfferedSlot> slots = slotsOn(sundays("00:00-04:00"), halfHour, SPRING_FORWARD);

        assertThat(localStarts(slots)).containsExactly(
                at(SPRING_FORWARD, "00:00", GMT), at(SPRING_FORWARD, "00:30", GMT),
                at(SPRING_FORWARD, "02:00", BST), at(SPRING_FORWARD, "02:30", BST),
                at(SPRING_FORWARD, "03:00", BST), at(SPRING_FORWARD, "03:30", BST));
    }

    @Test
    @DisplayName("25 October 2026, clocks go back at 02:00: 01:00 and 01:30 happen twice and are offered twice, "
            + "first at +01:00 then at +00:00, in time order")
    void fallBack() {
        List<OfferedSlot> slots = slotsOn(sundays("00:00-03:00"), halfHour, FALL_BACK);

        assertThat(localStarts(slots)).containsExactly(
                at(FALL_BACK, "00:00", BST), at(FALL_BACK, "00:30", BST),
                at(FALL_BACK, "01:00", BST), at(FALL_BACK, "01:30", BST),
                at(FALL_BACK, "01:00", GMT), at(FALL_BACK, "01:30", GMT),
                at(FALL_BACK, "02:00", GMT), at(FALL_BACK, "02:30", GMT));
        assertThat(slots).extracting(OfferedSlot::start).doesNotHaveDuplicates().isSorted();
    }

    @Test
    @DisplayName("An ordinary 09:00–17:00 Sunday on either change day offers the same wall-clock times as the "
            + "Sunday before, at the new offset")
    void ordinaryHoursUnaffected() {
        ClinicSchedule schedule = sundays("09:00-17:00");
        TreatmentRequirements hourLong = minutes(60);

        for (LocalDate changeDay : List.of(SPRING_FORWARD, FALL_BACK)) {
            List<OfferedSlot> onChangeDay = slotsOn(schedule, hourLong, changeDay);
            List<OfferedSlot> weekBefore = slotsOn(schedule, hourLong, changeDay.minusWeeks(1));

            assertThat(wallClock(onChangeDay)).isEqualTo(wallClock(weekBefore)).hasSize(29);
            ZoneOffset after = changeDay.equals(SPRING_FORWARD) ? BST : GMT;
            assertThat(onChangeDay).allSatisfy(slot -> assertThat(slot.offset()).isEqualTo(after));
        }
    }

    @Test
    @DisplayName("A treatment spanning the jump lasts its real length: 00:30 GMT for 60 minutes ends at 02:30 BST")
    void treatmentAcrossTheJump() {
        TreatmentRequirements hourLong = minutes(60).withSlotStep(Duration.ofMinutes(30));
        List<OfferedSlot> slots = slotsOn(sundays("00:00-03:00"), hourLong, SPRING_FORWARD);

        assertThat(slots).filteredOn(slot -> slot.localStart().equals(at(SPRING_FORWARD, "00:30", GMT)))
                .singleElement()
                .satisfies(slot -> assertThat(OffsetDateTime.ofInstant(slot.end(), BST))
                        .isEqualTo(at(SPRING_FORWARD, "02:30", BST)));
    }

    @Test
    @DisplayName("Every slot listed on both change days is accepted when booked")
    void listedIsBookable() {
        ClinicSchedule schedule = sundays("00:00-04:00", "09:00-12:00");
        for (LocalDate day : List.of(SPRING_FORWARD, FALL_BACK)) {
            for (OfferedSlot slot : slotsOn(schedule, halfHour, day)) {
                BookingRequest request = new BookingRequest(PractitionerChoice.of(ANNA), slot.start(), NEW_YEAR);
                TreatmentRequirements anyTimeThisYear = halfHour.withBookingWindow(Duration.ZERO, Duration.ofDays(365));
                assertThat(Clinic.ENGINE.check(schedule, anyTimeThisYear, request))
                        .as("%s", slot.localStart()).isInstanceOf(BookingDecision.Bookable.class);
            }
        }
    }

    private static OffsetDateTime at(LocalDate date, String time, ZoneOffset offset) {
        return OffsetDateTime.of(date, LocalTime.parse(time), offset);
    }

    @Test
    @DisplayName("Slots are reported as instants: 02:00 BST on 29 March is 01:00 UTC")
    void instantsAreUtc() {
        List<OfferedSlot> slots = slotsOn(sundays("02:00-03:00"), halfHour, SPRING_FORWARD);

        assertThat(slots).extracting(OfferedSlot::start)
                .containsExactly(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-03-29T01:30:00Z"));
    }
}
