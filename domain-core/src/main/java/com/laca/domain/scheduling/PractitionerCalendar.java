package com.laca.domain.scheduling;

import com.laca.domain.shared.PractitionerId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One practitioner's rota, absences and appointments at one location, indexed for fast questions by date and time. */
final class PractitionerCalendar {

    private final PractitionerProfile profile;
    private final boolean qualified;
    private final Map<DayOfWeek, List<WorkingHours>> rulesByDay;
    private final Map<LocalDate, DayOverride> overrides;
    private final IntervalSet timeOff;
    private final IntervalSet busy;
    private final long[] appointmentStarts;

    private PractitionerCalendar(Builder builder) {
        this.profile = builder.profile;
        this.qualified = builder.qualified;
        this.rulesByDay = builder.rulesByDay;
        this.overrides = builder.overrides;
        this.timeOff = builder.timeOff.build();
        this.busy = builder.busy.build();
        this.appointmentStarts = Arrays.copyOf(builder.appointmentStarts, builder.appointmentCount);
        Arrays.sort(this.appointmentStarts);
    }

    PractitionerId id() {
        return profile.id();
    }

    boolean isQualified() {
        return qualified;
    }

    boolean isAwayDuring(long from, long to) {
        return timeOff.overlaps(from, to);
    }

    boolean isBusyDuring(long from, long to) {
        return busy.overlaps(from, to);
    }

    /** The date's override if there is one, else the weekly rule whose validity starts latest, else nothing. */
    List<TimeWindow> windowsOn(LocalDate date) {
        DayOverride override = overrides.get(date);
        if (override != null) {
            return override.windows();
        }
        WorkingHours chosen = null;
        for (WorkingHours rule : rulesByDay.getOrDefault(date.getDayOfWeek(), List.of())) {
            if (rule.validity().contains(date)
                    && (chosen == null || rule.validity().first().isAfter(chosen.validity().first()))) {
                chosen = rule;
            }
        }
        return chosen == null ? List.of() : chosen.windows();
    }

    /** How many appointments start within {@code [from, to)}, for the fair "any practitioner" rule. */
    int appointmentsStartingBetween(long from, long to) {
        return firstAtOrAfter(to) - firstAtOrAfter(from);
    }

    private int firstAtOrAfter(long second) {
        int low = 0;
        int high = appointmentStarts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (appointmentStarts[mid] < second) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Collects one practitioner's entries while the schedule is read once. */
    static final class Builder {

        private final PractitionerProfile profile;
        private final boolean qualified;
        private final Map<DayOfWeek, List<WorkingHours>> rulesByDay = new EnumMap<>(DayOfWeek.class);
        private final Map<LocalDate, DayOverride> overrides = new HashMap<>();
        private final IntervalSet.Builder timeOff = new IntervalSet.Builder();
        private final IntervalSet.Builder busy = new IntervalSet.Builder();
        private long[] appointmentStarts = new long[8];
        private int appointmentCount;

        Builder(PractitionerProfile profile, TreatmentRequirements treatment) {
            this.profile = profile;
            this.qualified = profile.isQualifiedFor(treatment);
        }

        void add(WorkingHours rule) {
            List<WorkingHours> sameDay = rulesByDay.computeIfAbsent(rule.day(), day -> new ArrayList<>());
            for (WorkingHours other : sameDay) {
                if (other.validity().first().equals(rule.validity().first())) {
                    throw new IllegalArgumentException("two working-hours rules for " + rule.practitioner() + " on "
                            + rule.day() + " start on the same date " + rule.validity().first());
                }
            }
            sameDay.add(rule);
        }

        void add(DayOverride override) {
            if (overrides.putIfAbsent(override.date(), override) != null) {
                throw new IllegalArgumentException("two overrides for " + override.practitioner() + " on "
                        + override.date());
            }
        }

        void add(TimeOff absence) {
            timeOff.add(absence.period());
        }

        void add(ExistingAppointment appointment) {
            busy.addOccupied(appointment);
            if (appointmentCount == appointmentStarts.length) {
                appointmentStarts = Arrays.copyOf(appointmentStarts, appointmentCount * 2);
            }
            appointmentStarts[appointmentCount++] = appointment.treatment().start().getEpochSecond();
        }

        PractitionerCalendar build() {
            return new PractitionerCalendar(this);
        }
    }
}
