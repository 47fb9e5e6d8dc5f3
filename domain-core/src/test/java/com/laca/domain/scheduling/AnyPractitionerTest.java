package com.laca.domain.scheduling;

import static com.laca.domain.scheduling.Clinic.ANNA;
import static com.laca.domain.scheduling.Clinic.BEN;
import static com.laca.domain.scheduling.Clinic.CARA;
import static com.laca.domain.scheduling.Clinic.MONDAY;
import static com.laca.domain.scheduling.Clinic.booked;
import static com.laca.domain.scheduling.Clinic.chelsea;
import static com.laca.domain.scheduling.Clinic.check;
import static com.laca.domain.scheduling.Clinic.london;
import static com.laca.domain.scheduling.Clinic.minutes;
import static com.laca.domain.scheduling.Clinic.nurse;
import static com.laca.domain.scheduling.Clinic.slotsOn;
import static com.laca.domain.scheduling.Clinic.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.clinic.Qualification;
import com.laca.domain.shared.PractitionerId;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("'Any practitioner': every slot lists who can take it, and bookings are shared out fairly")
class AnyPractitionerTest {

    private final TreatmentRequirements hourLong = minutes(60);

    private final ClinicSchedule annaMorningBenAfternoon = chelsea()
            .practitioner(nurse(ANNA)).practitioner(nurse(BEN))
            .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-12:00"))
            .workingHours(weekly(BEN, DayOfWeek.MONDAY, "11:00-14:00")).build();

    @Test
    @DisplayName("Each slot lists every practitioner who can take it, in id order")
    void slotsListPractitioners() {
        List<OfferedSlot> slots = slotsOn(annaMorningBenAfternoon, hourLong, MONDAY);

        assertThat(slots).filteredOn(slot -> slot.start().equals(london(MONDAY, "09:00")))
                .singleElement().extracting(OfferedSlot::practitioners).isEqualTo(List.of(ANNA));
        assertThat(slots).filteredOn(slot -> slot.start().equals(london(MONDAY, "11:00")))
                .singleElement().extracting(OfferedSlot::practitioners).isEqualTo(List.of(ANNA, BEN));
        assertThat(slots).filteredOn(slot -> slot.start().equals(london(MONDAY, "13:00")))
                .singleElement().extracting(OfferedSlot::practitioners).isEqualTo(List.of(BEN));
    }

    @Test
    @DisplayName("Asking for one practitioner lists only that practitioner's slots")
    void specificPractitioner() {
        List<OfferedSlot> slots = Clinic.ENGINE.offeredSlots(annaMorningBenAfternoon, hourLong,
                new AvailabilityQuery(MONDAY, MONDAY, PractitionerChoice.of(BEN), Clinic.A_WEEK_BEFORE));

        assertThat(slots).allSatisfy(slot -> assertThat(slot.practitioners()).containsExactly(BEN));
        assertThat(slots).hasSize(9);
    }

    @Test
    @DisplayName("Booking 'any' goes to whoever has the fewest appointments that day")
    void leastBookedWins() {
        ClinicSchedule schedule = annaMorningBenAfternoon
                .with(booked(ANNA, MONDAY, "09:00", "10:00", 0, 0));

        assertThat(check(schedule, hourLong, PractitionerChoice.any(), london(MONDAY, "11:00")))
                .isInstanceOfSatisfying(BookingDecision.Bookable.class,
                        bookable -> assertThat(bookable.practitioner()).isEqualTo(BEN));
    }

    @Test
    @DisplayName("When both are equally booked, the practitioner with the lower id gets it")
    void tieGoesToLowestId() {
        assertThat(check(annaMorningBenAfternoon, hourLong, PractitionerChoice.any(), london(MONDAY, "11:00")))
                .isInstanceOfSatisfying(BookingDecision.Bookable.class,
                        bookable -> assertThat(bookable.practitioner()).isEqualTo(ANNA));
    }

    @Test
    @DisplayName("The fair rule on its own: fewest bookings first, then lowest id")
    void fairRuleAsFunction() {
        Map<PractitionerId, Integer> booked = Map.of(ANNA, 3, BEN, 1, CARA, 1);

        assertThat(LeastBookedAssignment.choose(List.of(ANNA, CARA, BEN), booked::get)).isEqualTo(BEN);
        assertThatThrownBy(() -> LeastBookedAssignment.choose(List.of(), booked::get))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("When nobody can take 'any', the reason given is the one closest to bookable: busy, not off-shift")
    void closestReason() {
        ClinicSchedule schedule = annaMorningBenAfternoon.with(booked(ANNA, MONDAY, "09:00", "10:00", 0, 0));

        assertThat(check(schedule, hourLong, PractitionerChoice.any(), london(MONDAY, "09:00")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.PRACTITIONER_BUSY));
    }

    @Test
    @DisplayName("Unqualified practitioners are left out of 'any' and the qualified one is assigned")
    void unqualifiedLeftOut() {
        TreatmentRequirements toxin = hourLong.requiring(Set.of(Qualification.PRESCRIBER));
        ClinicSchedule schedule = chelsea()
                .practitioner(nurse(ANNA)).practitioner(PractitionerProfile.of(BEN, Qualification.PRESCRIBER))
                .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-12:00"))
                .workingHours(weekly(BEN, DayOfWeek.MONDAY, "09:00-12:00")).build();

        assertThat(slotsOn(schedule, toxin, MONDAY))
                .allSatisfy(slot -> assertThat(slot.practitioners()).containsExactly(BEN));
        assertThat(check(schedule, toxin, PractitionerChoice.any(), london(MONDAY, "09:00")))
                .isInstanceOfSatisfying(BookingDecision.Bookable.class,
                        bookable -> assertThat(bookable.practitioner()).isEqualTo(BEN));
    }

    @Test
    @DisplayName("Asking for a practitioner who does not work here is refused as unknown")
    void unknownPractitioner() {
        assertThat(check(annaMorningBenAfternoon, hourLong, PractitionerChoice.of(CARA), london(MONDAY, "09:00")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.UNKNOWN_PRACTITIONER));
    }
}
