package com.laca.domain.scheduling;

import static com.laca.domain.scheduling.Clinic.ANNA;
import static com.laca.domain.scheduling.Clinic.MONDAY;
import static com.laca.domain.scheduling.Clinic.booked;
import static com.laca.domain.scheduling.Clinic.chelsea;
import static com.laca.domain.scheduling.Clinic.check;
import static com.laca.domain.scheduling.Clinic.every;
import static com.laca.domain.scheduling.Clinic.london;
import static com.laca.domain.scheduling.Clinic.londonRange;
import static com.laca.domain.scheduling.Clinic.minutes;
import static com.laca.domain.scheduling.Clinic.nurse;
import static com.laca.domain.scheduling.Clinic.timesOn;
import static com.laca.domain.scheduling.Clinic.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Buffers before and after a treatment are working time that nobody else may use")
class BuffersTest {

    private final ClinicSchedule nineToFive = chelsea().practitioner(nurse(ANNA))
            .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-17:00")).build();

    @Test
    @DisplayName("A 10-minute preparation buffer must fit after opening, so the first slot is 09:15, not 09:00")
    void bufferBeforeInsideHours() {
        TreatmentRequirements treatment = minutes(60).withBuffers(Duration.ofMinutes(10), Duration.ZERO);

        assertThat(timesOn(nineToFive, treatment, MONDAY)).first().isEqualTo("09:15");
        assertThat(check(nineToFive, treatment, PractitionerChoice.of(ANNA), london(MONDAY, "09:00")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.OUTSIDE_WORKING_HOURS));
    }

    @Test
    @DisplayName("A 15-minute clean-up must end by closing, so the last one-hour slot before 17:00 is 15:45")
    void bufferAfterInsideHours() {
        TreatmentRequirements treatment = minutes(60).withBuffers(Duration.ZERO, Duration.ofMinutes(15));

        assertThat(timesOn(nineToFive, treatment, MONDAY)).last().isEqualTo("15:45");
        assertThat(check(nineToFive, treatment, PractitionerChoice.of(ANNA), london(MONDAY, "16:00")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.OUTSIDE_WORKING_HOURS));
    }

    @Test
    @DisplayName("A new booking's buffers may not overlap a neighbour's buffers: 10:00–11:00 with 15 min after, "
            + "then a treatment with 15 min before starts at 11:30 at the earliest")
    void buffersDoNotShare() {
        ClinicSchedule schedule = nineToFive.with(booked(ANNA, MONDAY, "10:00", "11:00", 0, 15));
        TreatmentRequirements treatment = minutes(30).withBuffers(Duration.ofMinutes(15), Duration.ZERO);

        List<String> times = timesOn(schedule, treatment, MONDAY);
        assertThat(times).contains("09:15", "09:30", "11:30").doesNotContain("09:45", "11:00", "11:15");
        assertThat(check(schedule, treatment, PractitionerChoice.of(ANNA), london(MONDAY, "11:15")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.PRACTITIONER_BUSY));
    }

    @Test
    @DisplayName("Without buffers, appointments may sit back to back, touching but not overlapping")
    void backToBack() {
        ClinicSchedule schedule = nineToFive.with(booked(ANNA, MONDAY, "10:00", "11:00", 0, 0));
        TreatmentRequirements treatment = minutes(60);

        List<String> expected = new ArrayList<>(List.of("09:00"));
        expected.addAll(every(15, "11:00", "16:00"));
        assertThat(timesOn(schedule, treatment, MONDAY)).isEqualTo(expected);
        assertThat(check(schedule, treatment, PractitionerChoice.of(ANNA), london(MONDAY, "11:00")))
                .isInstanceOf(BookingDecision.Bookable.class);
        assertThat(check(schedule, treatment, PractitionerChoice.of(ANNA), london(MONDAY, "09:00")))
                .isInstanceOf(BookingDecision.Bookable.class);
    }

    @Test
    @DisplayName("An accepted booking reports the span it occupies: the treatment widened by both buffers")
    void occupiedSpan() {
        TreatmentRequirements treatment = minutes(45).withBuffers(Duration.ofMinutes(5), Duration.ofMinutes(10));

        BookingDecision decision = check(nineToFive, treatment, PractitionerChoice.of(ANNA), london(MONDAY, "10:00"));

        assertThat(decision).isEqualTo(new BookingDecision.Bookable(ANNA, List.of(),
                londonRange(MONDAY, "10:00", "10:45"), londonRange(MONDAY, "09:55", "10:55")));
    }
}
