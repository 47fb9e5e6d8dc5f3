package com.laca.benchmarks;

import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.scheduling.BookableResource;
import com.laca.domain.scheduling.ClinicSchedule;
import com.laca.domain.scheduling.DateRange;
import com.laca.domain.scheduling.ExistingAppointment;
import com.laca.domain.scheduling.PractitionerProfile;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.scheduling.TimeWindow;
import com.laca.domain.scheduling.TreatmentRequirements;
import com.laca.domain.scheduling.WorkingHours;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A deterministic, realistic clinic for the benchmarks: Monday-to-Saturday rotas with a lunch break, treatment rooms
 * and lasers, and appointments spread over the month, so every run measures the same work.
 */
final class BenchmarkClinic {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A Monday; the month that follows contains no clock change. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);
    static final Instant NOW = FIRST_DAY.minusDays(2).atStartOfDay(LONDON).toInstant();
    static final ResourceType ROOM = new ResourceType("TREATMENT_ROOM");
    static final ResourceType LASER = new ResourceType("LASER");

    private static final LocationId LOCATION = new LocationId(new UUID(7, 7));
    private static final List<TimeWindow> WEEKDAY = List.of(TimeWindow.of("09:00", "12:30"),
            TimeWindow.of("13:30", "18:00"));
    private static final List<TimeWindow> SATURDAY = List.of(TimeWindow.of("10:00", "14:00"));

    private BenchmarkClinic() {
    }

    /** A one-hour treatment with a 15-minute clean-up, needing a treatment room, bookable 90 days ahead. */
    static TreatmentRequirements facial() {
        return TreatmentRequirements.of(new TreatmentId(new UUID(8, 8)), Duration.ofMinutes(60))
                .withBuffers(Duration.ZERO, Duration.ofMinutes(15))
                .withBookingWindow(Duration.ofHours(24), Duration.ofDays(90))
                .requiring(Set.of(Qualification.NURSE))
                .using(Set.of(ROOM));
    }

    static PractitionerId practitioner(int index) {
        return new PractitionerId(new UUID(1, index));
    }

    /**
     * A clinic with the given staff and equipment, and {@code appointments} appointments spread at random (fixed
     * seed) over {@code days} days of working time.
     */
    static ClinicSchedule build(int practitioners, int rooms, int lasers, int days, int appointments) {
        ClinicSchedule.Builder builder = ClinicSchedule.builder(LOCATION, LONDON);
        for (int p = 0; p < practitioners; p++) {
            PractitionerId id = practitioner(p);
            builder.practitioner(PractitionerProfile.of(id, Qualification.NURSE));
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day == DayOfWeek.SUNDAY) {
                    continue;
                }
                builder.workingHours(new WorkingHours(id, LOCATION, day,
                        day == DayOfWeek.SATURDAY ? SATURDAY : WEEKDAY, DateRange.always()));
            }
        }
        List<ResourceId> roomIds = new ArrayList<>();
        for (int r = 0; r < rooms; r++) {
            ResourceId room = new ResourceId(new UUID(2, r));
            roomIds.add(room);
            builder.resource(new BookableResource(room, ROOM));
        }
        for (int l = 0; l < lasers; l++) {
            builder.resource(new BookableResource(new ResourceId(new UUID(3, l)), LASER));
        }
        Random random = new Random(42);
        for (int i = 0; i < appointments; i++) {
            LocalDate date = FIRST_DAY.plusDays(random.nextInt(days));
            LocalTime start = LocalTime.of(9, 0).plusMinutes(15L * random.nextInt(30));
            Instant begins = ZonedDateTime.of(date, start, LONDON).toInstant();
            builder.appointment(new ExistingAppointment(AppointmentId.random(), practitioner(i % practitioners),
                    List.of(roomIds.get(random.nextInt(roomIds.size()))),
                    TimeRange.of(begins, Duration.ofMinutes(30L + 15L * random.nextInt(5))),
                    Duration.ZERO, Duration.ofMinutes(15)));
        }
        return builder.build();
    }
}
