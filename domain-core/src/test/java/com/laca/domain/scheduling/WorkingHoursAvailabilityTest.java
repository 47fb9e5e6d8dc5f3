package com.laca.domain.scheduling;

import static com.laca.domain.scheduling.Clinic.ANNA;
import static com.laca.domain.scheduling.Clinic.CHELSEA;
import static com.laca.domain.scheduling.Clinic.MAYFAIR;
import static com.laca.domain.scheduling.Clinic.MONDAY;
import static com.laca.domain.scheduling.Clinic.chelsea;
import static com.laca.domain.scheduling.Clinic.check;
import static com.laca.domain.scheduling.Clinic.every;
import static com.laca.domain.scheduling.Clinic.london;
import static com.laca.domain.scheduling.Clinic.londonRange;
import static com.laca.domain.scheduling.Clinic.minutes;
import static com.laca.domain.scheduling.Clinic.nurse;
import static com.laca.domain.scheduling.Clinic.timesOn;
import static com.laca.domain.scheduling.Clinic.weekly;
import static com.laca.domain.scheduling.Clinic.windows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Working hours, overrides, time off and closures decide which times are offered")
class WorkingHoursAvailabilityTest {

    private final TreatmentRequirements hourLong = minutes(60);

    @Test
    @DisplayName("A one-hour treatment in a 09:00–12:00 morning is offered every 15 minutes from 09:00 to 11:00")
    void morningOnly() {
        ClinicSchedule schedule = chelsea().practitioner(nurse(ANNA))
                .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-12:00")).build();

        assertThat(timesOn(schedule, hourLong, MONDAY)).isEqualTo(every(15, "09:00", "11:00"));
    }

    @Test
    @DisplayName("A lunch break splits the day: nothing is offered that would run into lunch")
    void lunchBreak() {
        ClinicSchedule schedule = chelsea().practitioner(nurse(ANNA))
                .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-12:00", "13:00-17:00")).build();

        List<String> expected = new ArrayList<>(every(15, "09:00", "11:00"));
        expected.addAll(every(15, "13:00", "16:00"));
        assertThat(timesOn(schedule, hourLong, MONDAY)).isEqualTo(expected);
        assertThat(check(schedule, hourLong, PractitionerChoice.of(ANNA), london(MONDAY, "11:30")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.OUTSIDE_WORKING_HOURS));
    }

    @Test
    @DisplayName("Windows that touch count as one, so a treatment may run across the join at 12:00")
    void touchingWindowsJoin() {
        ClinicSchedule schedule = chelsea().practitioner(nurse(ANNA))
                .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "12:00-14:00", "09:00-12:00")).build();

        assertThat(timesOn(schedule, hourLong, MONDAY)).isEqualTo(every(15, "09:00", "13:00"));
    }

    @Test
    @DisplayName("Overlapping windows in one rule are a data error and are refused")
    void overlappingWindowsRefused() {
        assertThatThrownBy(() -> weekly(ANNA, DayOfWeek.MONDAY, "09:00-12:00", "11:00-13:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("An override for one date replaces the weekly hours that day only (an evening clinic)")
    void overrideReplacesWeeklyHours() {
        ClinicSchedule schedule = chelsea().practitioner(nurse(ANNA))
                .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-12:00"))
                .override(new DayOverride(ANNA, CHELSEA, MONDAY, windows("17:00-20:00"))).build();

        assertThat(timesOn(schedule, hourLong, MONDAY)).isEqualTo(every(15, "17:00", "19:00"));
        assertThat(timesOn(schedule, hourLong, MONDAY.plusWeeks(1))).isEqualTo(every(15, "09:00", "11:00"));
    }

    @Test
    @DisplayName("A 'not working' override empties that date and leaves the next week alone")
    void closedOverride() {
        ClinicSchedule schedule = chelsea().practitioner(nurse(ANNA))
                .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-12:00"))
                .override(DayOverride.closed(ANNA, CHELSEA, MONDAY)).build();

        assertThat(timesOn(schedule, hourLong, MONDAY)).isEmpty();
        assertThat(timesOn(schedule, hourLong, MONDAY.plusWeeks(1))).isNotEmpty();
        assertThat(check(schedule, hourLong, PractitionerChoice.of(ANNA), london(MONDAY, "09:00")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.OUTSIDE_WORKING_HOURS));
    }

    @Test
    @DisplayName("A weekday without a rule offers nothing")
    void dayWithoutRule() {
        ClinicSchedule schedule = chelsea().practitioner(nurse(ANNA))
                .workingHours(weekly(ANNA, DayOfWeek.TUESDAY, "09:00-12:00")).build();

        assertThat(timesOn(schedule, hourLong, MONDAY)).isEmpty();
        assertThat(timesOn(schedule, hourLong, MONDAY.plusDays(1))).isNotEmpty();
    }

    @Test
    @DisplayName("New hours that start on a date take over from that date; the old hours apply before it")
    void newerRuleWins() {
        WorkingHours old = new WorkingHours(ANNA, CHELSEA, DayOfWeek.MONDAY, windows("09:00-12:00"),
                DateRange.always());
        WorkingHours fromNextWeek = new WorkingHours(ANNA, CHELSEA, DayOfWeek.MONDAY, windows("14:00-16:00"),
                DateRange.startingOn(MONDAY.plusWeeks(1)));
        ClinicSchedule schedule = chelsea().practitioner(nurse(ANNA)).workingHours(fromNextWeek).workingHours(old)
                .build();

        assertThat(timesOn(schedule, hourLong, MONDAY)).isEqualTo(every(15, "09:00", "11:00"));
        assertThat(timesOn(schedule, hourLong, MONDAY.plusWeeks(1))).isEqualTo(every(15, "14:00", "15:00"));
    }

    @Test
    @DisplayName("A rule limited to a date range stops applying after its last date")
    void ruleEnds() {
        WorkingHours untilToday = new WorkingHours(ANNA, CHELSEA, DayOfWeek.MONDAY, windows("09:00-12:00"),
                new DateRange(MONDAY.minusWeeks(4), MONDAY));
        ClinicSchedule schedule = chelsea().practitioner(nurse(ANNA)).workingHours(untilToday).build();

        assertThat(timesOn(schedule, hourLong, MONDAY)).isNotEmpty();
        assertThat(timesOn(schedule, hourLong, MONDAY.plusWeeks(1))).isEmpty();
    }

    @Test
    @DisplayName("Time off removes every slot it touches and a booking inside it is refused as time off")
    void timeOff() {
        ClinicSchedule schedule = chelsea().practitioner(nurse(ANNA))
                .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-13:00"))
                .timeOff(new TimeOff(ANNA, londonRange(MONDAY, "10:00", "11:00"))).build();

        List<String> expected = new ArrayList<>(List.of("09:00"));
        expected.addAll(every(15, "11:00", "12:00"));
        assertThat(timesOn(schedule, hourLong, MONDAY)).isEqualTo(expected);
        assertThat(check(schedule, hourLong, PractitionerChoice.of(ANNA), london(MONDAY, "09:30")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.PRACTITIONER_TIME_OFF));
    }

    @Test
    @DisplayName("A bank holiday closes the whole clinic: nothing is listed and a booking is refused as closed")
    void bankHoliday() {
        ClinicSchedule schedule = chelsea().practitioner(nurse(ANNA))
                .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-12:00"))
                .closure(new Closure(MONDAY, "Spring bank holiday")).build();

        assertThat(timesOn(schedule, hourLong, MONDAY)).isEmpty();
        assertThat(check(schedule, hourLong, PractitionerChoice.any(), london(MONDAY, "09:00")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.CLOSED));
        assertThat(timesOn(schedule, hourLong, MONDAY.plusWeeks(1))).isNotEmpty();
    }

    @Test
    @DisplayName("Hours worked at another location are not offered at this one")
    void otherLocationIgnored() {
        ClinicSchedule schedule = chelsea().practitioner(nurse(ANNA))
                .workingHours(new WorkingHours(ANNA, MAYFAIR, DayOfWeek.MONDAY, windows("09:00-12:00"),
                        DateRange.always())).build();

        assertThat(timesOn(schedule, hourLong, MONDAY)).isEmpty();
    }
}
