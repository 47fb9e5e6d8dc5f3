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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A random but reproducible clinic (rotas, overrides, absences, closures, rooms, appointments) and a random treatment,
 * built from one seed so a failing property names the seed that reproduces it.
 *
 * @param schedule  the clinic
 * @param treatment what is being booked
 * @param from      first queried date
 * @param to        last queried date
 * @param now       the moment of asking
 */
record RandomClinic(ClinicSchedule schedule, TreatmentRequirements treatment, LocalDate from, LocalDate to,
                    Instant now) {

    /** Start dates include the weeks of both 2026 clock changes, so random rotas meet them often. */
    private static final List<LocalDate> START_DATES = List.of(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 10, 23),
            LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 2, 27));
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"), ZoneId.of("America/New_York"));
    private static final List<Integer> STEPS = List.of(5, 10, 15, 20, 30);
    private static final ResourceType ROOM = new ResourceType("ROOM");
    private static final ResourceType LASER = new ResourceType("LASER");
    private static final int DAYS = 4;

    static RandomClinic fromSeed(long seed) {
        Random random = new Random(seed);
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        LocalDate from = START_DATES.get(random.nextInt(START_DATES.size())).plusDays(random.nextInt(3));
        LocalDate to = from.plusDays(DAYS - 1);
        LocationId location = new LocationId(new UUID(1, 1));
        ClinicSchedule.Builder builder = ClinicSchedule.builder(location, zone);

        List<PractitionerId> practitioners = new ArrayList<>();
        int practitionerCount = 1 + random.nextInt(3);
        for (int p = 0; p < practitionerCount; p++) {
            PractitionerId id = new PractitionerId(new UUID(2, random.nextInt(1000)));
            if (practitioners.contains(id)) {
                continue;
            }
            practitioners.add(id);
            Set<Qualification> held = EnumSet.noneOf(Qualification.class);
            for (Qualification qualification : Qualification.values()) {
                if (random.nextInt(3) > 0) {
                    held.add(qualification);
                }
            }
            builder.practitioner(new PractitionerProfile(id, held));
            for (DayOfWeek day : DayOfWeek.values()) {
                List<TimeWindow> windows = randomWindows(random);
                if (!windows.isEmpty()) {
                    builder.workingHours(new WorkingHours(id, location, day, windows, DateRange.always()));
                }
            }
            if (random.nextBoolean()) {
                builder.override(new DayOverride(id, location, from.plusDays(random.nextInt(DAYS)),
                        randomWindows(random)));
            }
            if (random.nextBoolean()) {
                builder.timeOff(new TimeOff(id, randomRange(random, zone, from, 30, 600)));
            }
        }
        if (random.nextInt(5) == 0) {
            builder.closure(new Closure(from.plusDays(random.nextInt(DAYS)), "Closed"));
        }

        List<ResourceId> resources = new ArrayList<>();
        int rooms = 1 + random.nextInt(2);
        for (int i = 0; i < rooms; i++) {
            ResourceId room = new ResourceId(new UUID(3, i));
            resources.add(room);
            builder.resource(new BookableResource(room, ROOM));
        }
        if (random.nextBoolean()) {
            ResourceId laser = new ResourceId(new UUID(4, 0));
            resources.add(laser);
            builder.resource(new BookableResource(laser, LASER));
            if (random.nextBoolean()) {
                builder.resourceBlock(new ResourceBlock(laser, randomRange(random, zone, from, 30, 300)));
            }
        }

        int appointments = random.nextInt(16);
        for (int i = 0; i < appointments; i++) {
            PractitionerId who = random.nextInt(8) == 0
                    ? new PractitionerId(new UUID(9, i)) : practitioners.get(random.nextInt(practitioners.size()));
            List<ResourceId> using = new ArrayList<>();
            for (ResourceId resource : resources) {
                if (random.nextInt(3) == 0) {
                    using.add(resource);
                }
            }
            builder.appointment(new ExistingAppointment(AppointmentId.random(), who, using,
                    randomRange(random, zone, from, 15, 120), Duration.ofMinutes(5L * random.nextInt(4)),
                    Duration.ofMinutes(5L * random.nextInt(4))));
        }

        Set<ResourceType> needs = new HashSet<>();
        if (random.nextBoolean()) {
            needs.add(ROOM);
        }
        if (random.nextInt(3) == 0) {
            needs.add(LASER);
        }
        Set<Qualification> qualifications = random.nextInt(3) == 0 ? Set.of(Qualification.NURSE) : Set.of();
        TreatmentRequirements treatment = new TreatmentRequirements(new TreatmentId(new UUID(5, 5)),
                Duration.ofMinutes(15 + 5L * random.nextInt(22)), Duration.ofMinutes(5L * random.nextInt(5)),
                Duration.ofMinutes(5L * random.nextInt(5)), Duration.ofMinutes(STEPS.get(random.nextInt(STEPS.size()))),
                Duration.ofHours(random.nextInt(30)), Duration.ofDays(2 + random.nextInt(4)), qualifications, needs);
        Instant now = from.atStartOfDay(zone).toInstant().minus(Duration.ofMinutes(random.nextInt(24 * 60)));
        return new RandomClinic(builder.build(), treatment, from, to, now);
    }

    private static List<TimeWindow> randomWindows(Random random) {
        List<TimeWindow> windows = new ArrayList<>();
        int count = random.nextInt(3);
        int cursor = 5 * random.nextInt(12 * 12);
        for (int i = 0; i < count; i++) {
            int length = 30 + 5 * random.nextInt(60);
            int end = cursor + length;
            if (end >= 24 * 60) {
                break;
            }
            windows.add(new TimeWindow(LocalTime.of(cursor / 60, cursor % 60), LocalTime.of(end / 60, end % 60)));
            cursor = end + 5 * random.nextInt(24);
        }
        return windows;
    }

    private static TimeRange randomRange(Random random, ZoneId zone, LocalDate from, int minMinutes, int maxMinutes) {
        Instant start = from.atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(5L * random.nextInt(DAYS * 288)));
        int length = minMinutes + 5 * random.nextInt((maxMinutes - minMinutes) / 5 + 1);
        return TimeRange.of(start, Duration.ofMinutes(length));
    }

    AvailabilityQuery query(PractitionerChoice choice) {
        return new AvailabilityQuery(from, to, choice, now);
    }

    RandomClinic with(ExistingAppointment appointment) {
        return new RandomClinic(schedule.with(appointment), treatment, from, to, now);
    }
}
