package com.laca.domain.scheduling;

import static com.laca.domain.scheduling.Clinic.ANNA;
import static com.laca.domain.scheduling.Clinic.CHELSEA;
import static com.laca.domain.scheduling.Clinic.A_WEEK_BEFORE;
import static com.laca.domain.scheduling.Clinic.ENGINE;
import static com.laca.domain.scheduling.Clinic.MONDAY;
import static com.laca.domain.scheduling.Clinic.booked;
import static com.laca.domain.scheduling.Clinic.chelsea;
import static com.laca.domain.scheduling.Clinic.check;
import static com.laca.domain.scheduling.Clinic.london;
import static com.laca.domain.scheduling.Clinic.minutes;
import static com.laca.domain.scheduling.Clinic.nurse;
import static com.laca.domain.scheduling.Clinic.timesOn;
import static com.laca.domain.scheduling.Clinic.weekly;
import static com.laca.domain.scheduling.Clinic.windows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Checking one booking uses the listing's rules and says why it is refused")
class BookingCheckTest {

    private final TreatmentRequirements hourLong = minutes(60);
    private final ClinicSchedule morning = chelsea().practitioner(nurse(ANNA))
            .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-12:00")).build();

    @Test
    @DisplayName("A start between the offered times (09:10 on a 15-minute grid) is refused as not on the grid")
    void notOnStep() {
        assertThat(check(morning, hourLong, PractitionerChoice.of(ANNA), london(MONDAY, "09:10")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.NOT_ON_STEP));
        assertThat(check(morning, hourLong, PractitionerChoice.of(ANNA), london(MONDAY, "09:15").plusMillis(1)))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.NOT_ON_STEP));
    }

    @Test
    @DisplayName("The grid follows the window: with hours from 09:10, 09:10 and 09:25 are on it and 09:15 is not")
    void gridStartsAtTheWindow() {
        ClinicSchedule oddStart = chelsea().practitioner(nurse(ANNA))
                .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:10-11:00")).build();

        assertThat(timesOn(oddStart, hourLong, MONDAY)).containsExactly("09:10", "09:25", "09:40", "09:55");
        assertThat(check(oddStart, hourLong, PractitionerChoice.of(ANNA), london(MONDAY, "09:15")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.NOT_ON_STEP));
    }

    @Test
    @DisplayName("A rescheduled appointment may move into time it used itself once it is left out of the schedule")
    void rescheduleIntoOwnTime() {
        ExistingAppointment existing = booked(ANNA, MONDAY, "09:00", "10:00", 0, 0);
        ClinicSchedule schedule = morning.with(existing);

        assertThat(check(schedule, hourLong, PractitionerChoice.of(ANNA), london(MONDAY, "09:30")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.PRACTITIONER_BUSY));
        assertThat(check(schedule.excluding(existing.id()), hourLong, PractitionerChoice.of(ANNA),
                london(MONDAY, "09:30"))).isInstanceOf(BookingDecision.Bookable.class);
    }

    @Test
    @DisplayName("An appointment (at any location) keeps the practitioner busy here")
    void busyElsewhere() {
        ClinicSchedule schedule = morning.with(booked(ANNA, MONDAY, "10:00", "11:00", 0, 0));

        assertThat(check(schedule, hourLong, PractitionerChoice.of(ANNA), london(MONDAY, "10:00")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.PRACTITIONER_BUSY));
    }

    @Test
    @DisplayName("A rejection carries a sentence a client can read")
    void readableMessage() {
        BookingDecision decision = check(morning, hourLong, PractitionerChoice.of(ANNA), london(MONDAY, "13:00"));

        assertThat(decision).isInstanceOfSatisfying(BookingDecision.Rejected.class,
                rejected -> assertThat(rejected.message()).isEqualTo("That time is outside working hours."));
    }

    @Test
    @DisplayName("Two weekly rules for the same day starting on the same date are a data error")
    void ambiguousRules() {
        ClinicSchedule schedule = chelsea().practitioner(nurse(ANNA))
                .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-12:00"))
                .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "13:00-17:00")).build();

        assertThatThrownBy(() -> timesOn(schedule, hourLong, MONDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Two overrides for the same date are a data error")
    void ambiguousOverrides() {
        ClinicSchedule doubled = chelsea().practitioner(nurse(ANNA))
                .override(new DayOverride(ANNA, CHELSEA, MONDAY, windows("09:00-10:00")))
                .override(DayOverride.closed(ANNA, CHELSEA, MONDAY)).build();

        assertThatThrownBy(() -> timesOn(doubled, hourLong, MONDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("A listing may cover at most 31 days and must not end before it starts")
    void queryRange() {
        LocalDate first = MONDAY;

        assertThat(new AvailabilityQuery(first, first.plusDays(30), PractitionerChoice.any(), A_WEEK_BEFORE).to())
                .isEqualTo(first.plusDays(30));
        assertThatThrownBy(() -> new AvailabilityQuery(first, first.plusDays(31), PractitionerChoice.any(),
                A_WEEK_BEFORE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AvailabilityQuery(first, first.minusDays(1), PractitionerChoice.any(),
                A_WEEK_BEFORE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Treatment times are whole minutes and the horizon is never shorter than the notice")
    void treatmentValidation() {
        assertThatThrownBy(() -> minutes(60).withSlotStep(Duration.ofSeconds(90)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> minutes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> minutes(60).withBuffers(Duration.ofMinutes(-5), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> minutes(60).withBookingWindow(Duration.ofDays(2), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Listing several days returns every day's slots in time order")
    void severalDays() {
        ClinicSchedule schedule = chelsea().practitioner(nurse(ANNA))
                .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-10:00"))
                .workingHours(weekly(ANNA, DayOfWeek.TUESDAY, "09:00-10:00")).build();

        assertThat(ENGINE.offeredSlots(schedule, hourLong,
                new AvailabilityQuery(MONDAY, MONDAY.plusDays(1), PractitionerChoice.any(), A_WEEK_BEFORE)))
                .extracting(OfferedSlot::start)
                .containsExactly(london(MONDAY, "09:00"), london(MONDAY.plusDays(1), "09:00"));
    }
}
