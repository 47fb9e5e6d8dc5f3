package com.laca.domain.scheduling;

import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TreatmentId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test data for the specifications: one London clinic, named people and rooms, and short ways to say times. */
final class Clinic {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocationId CHELSEA = LocationId.parse("00000000-0000-0000-0000-00000000c001");
    static final LocationId MAYFAIR = LocationId.parse("00000000-0000-0000-0000-00000000c002");
    static final PractitionerId ANNA = PractitionerId.parse("00000000-0000-0000-0000-0000000000a1");
    static final PractitionerId BEN = PractitionerId.parse("00000000-0000-0000-0000-0000000000b2");
    static final PractitionerId CARA = PractitionerId.parse("00000000-0000-0000-0000-0000000000c3");
    static final ResourceType ROOM = new ResourceType("TREATMENT_ROOM");
    static final ResourceType LASER = new ResourceType("LASER");
    static final ResourceId ROOM_1 = ResourceId.parse("00000000-0000-0000-0000-000000000e01");
    static final ResourceId ROOM_2 = ResourceId.parse("00000000-0000-0000-0000-000000000e02");
    static final ResourceId LASER_1 = ResourceId.parse("00000000-0000-0000-0000-000000000f01");
    static final TreatmentId FACIAL = TreatmentId.parse("00000000-0000-0000-0000-000000000d01");

    /** A Monday in June, far from any clock change. */
    static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    /** A week before {@link #MONDAY}, so default notice and advance never get in the way. */
    static final Instant A_WEEK_BEFORE = london(MONDAY.minusDays(7), "09:00");

    static final AvailabilityEngine ENGINE = new AvailabilityEngine();
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private Clinic() {
    }

    static ClinicSchedule.Builder chelsea() {
        return ClinicSchedule.builder(CHELSEA, LONDON);
    }

    static PractitionerProfile nurse(PractitionerId id) {
        return PractitionerProfile.of(id, Qualification.NURSE);
    }

    static WorkingHours weekly(PractitionerId who, DayOfWeek day, String... windows) {
        return new WorkingHours(who, CHELSEA, day, windows(windows), DateRange.always());
    }

    static List<TimeWindow> windows(String... windows) {
        return Arrays.stream(windows).map(TimeWindow::parse).toList();
    }

    static TreatmentRequirements minutes(int duration) {
        return TreatmentRequirements.of(FACIAL, Duration.ofMinutes(duration));
    }

    static Instant london(LocalDate date, String time) {
        return ZonedDateTime.of(date, LocalTime.parse(time), LONDON).toInstant();
    }

    static TimeRange londonRange(LocalDate date, String from, String to) {
        return new TimeRange(london(date, from), london(date, to));
    }

    static ExistingAppointment booked(PractitionerId who, LocalDate date, String from, String to, int bufferBefore,
                                      int bufferAfter, ResourceId... resources) {
        return new ExistingAppointment(AppointmentId.random(), who, List.of(resources), londonRange(date, from, to),
                Duration.ofMinutes(bufferBefore), Duration.ofMinutes(bufferAfter));
    }

    static List<OfferedSlot> slotsOn(ClinicSchedule schedule, TreatmentRequirements treatment, LocalDate date) {
        return ENGINE.offeredSlots(schedule, treatment,
                new AvailabilityQuery(date, date, PractitionerChoice.any(), A_WEEK_BEFORE));
    }

    /** The offered start times on one date as "HH:mm" wall-clock strings. */
    static List<String> timesOn(ClinicSchedule schedule, TreatmentRequirements treatment, LocalDate date) {
        return wallClock(slotsOn(schedule, treatment, date));
    }

    static List<String> wallClock(List<OfferedSlot> slots) {
        return slots.stream().map(slot -> slot.localStart().format(HH_MM)).toList();
    }

    /** Every "HH:mm" from {@code first} to {@code last} inclusive, {@code step} minutes apart. */
    static List<String> every(int step, String first, String last) {
        LocalTime end = LocalTime.parse(last);
        List<String> times = new ArrayList<>();
        for (LocalTime time = LocalTime.parse(first); !time.isAfter(end); time = time.plusMinutes(step)) {
            times.add(time.format(HH_MM));
        }
        return times;
    }

    static BookingDecision check(ClinicSchedule schedule, TreatmentRequirements treatment, PractitionerChoice who,
                                 Instant start) {
        return ENGINE.check(schedule, treatment, new BookingRequest(who, start, A_WEEK_BEFORE));
    }
}
