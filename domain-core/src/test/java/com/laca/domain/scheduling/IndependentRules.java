package com.laca.domain.scheduling;

import com.laca.domain.clinic.ResourceType;
import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A deliberately naive second reading of the booking rules, straight from the schedule's lists with no indexing,
 * so the properties compare the engine against something written differently.
 */
final class IndependentRules {

    private IndependentRules() {
    }

    /** Empty when the engine's slot is fine for this practitioner; otherwise what is wrong with it. */
    static Optional<String> violation(ClinicSchedule schedule, TreatmentRequirements treatment, Instant now,
                                      OfferedSlot slot, PractitionerId practitioner) {
        TimeRange occupied = new TimeRange(slot.start(), slot.end())
                .widen(treatment.bufferBefore(), treatment.bufferAfter());
        LocalDate date = LocalDate.ofInstant(slot.start(), schedule.zone());
        if (schedule.closures().stream().anyMatch(closure -> closure.date().equals(date))) {
            return Optional.of("offered on a closed date");
        }
        if (slot.start().isBefore(now.plus(treatment.minimumNotice()))
                || slot.start().isAfter(now.plus(treatment.maximumAdvance()))) {
            return Optional.of("outside notice/advance");
        }
        if (!slot.end().equals(slot.start().plus(treatment.duration()))) {
            return Optional.of("wrong length");
        }
        PractitionerProfile profile = schedule.practitioners().stream()
                .filter(candidate -> candidate.id().equals(practitioner)).findFirst().orElseThrow();
        if (!profile.qualifications().containsAll(treatment.requiredQualifications())) {
            return Optional.of("not qualified");
        }
        boolean inWindow = false;
        for (TimeWindow window : windowsOn(schedule, practitioner, date)) {
            Instant opens = resolve(schedule, date, window.start(), true);
            Instant closes = resolve(schedule, date, window.end(), false);
            if (!closes.isAfter(opens)) {
                continue; // the whole window lies in a clock-change gap: it has no time to offer
            }
            TimeRange span = new TimeRange(opens, closes);
            long minutesIn = (slot.localStart().toLocalTime().toSecondOfDay() - window.start().toSecondOfDay()) / 60;
            if (span.contains(occupied) && minutesIn >= 0 && minutesIn % treatment.slotStep().toMinutes() == 0) {
                inWindow = true;
            }
        }
        if (!inWindow) {
            return Optional.of("outside working hours or off the step grid");
        }
        for (ExistingAppointment appointment : schedule.appointments()) {
            if (appointment.practitioner().equals(practitioner) && appointment.occupied().overlaps(occupied)) {
                return Optional.of("overlaps appointment " + appointment);
            }
        }
        for (TimeOff absence : schedule.timeOff()) {
            if (absence.practitioner().equals(practitioner) && absence.period().overlaps(occupied)) {
                return Optional.of("overlaps time off");
            }
        }
        for (ResourceType type : treatment.requiredResourceTypes()) {
            boolean anyFree = schedule.resources().stream()
                    .filter(resource -> resource.type().equals(type))
                    .anyMatch(resource -> schedule.appointments().stream()
                            .noneMatch(a -> a.resources().contains(resource.id()) && a.occupied().overlaps(occupied))
                            && schedule.resourceBlocks().stream()
                            .noneMatch(b -> b.resource().equals(resource.id()) && b.period().overlaps(occupied)));
            if (!anyFree) {
                return Optional.of("no free " + type);
            }
        }
        return Optional.empty();
    }

    private static List<TimeWindow> windowsOn(ClinicSchedule schedule, PractitionerId practitioner, LocalDate date) {
        for (DayOverride override : schedule.overrides()) {
            if (override.practitioner().equals(practitioner) && override.location().equals(schedule.location())
                    && override.date().equals(date)) {
                return override.windows();
            }
        }
        List<WorkingHours> applicable = new ArrayList<>();
        for (WorkingHours rule : schedule.workingHours()) {
            if (rule.practitioner().equals(practitioner) && rule.location().equals(schedule.location())
                    && rule.day() == date.getDayOfWeek() && rule.validity().contains(date)) {
                applicable.add(rule);
            }
        }
        return applicable.stream().max(Comparator.comparing(rule -> rule.validity().first()))
                .map(WorkingHours::windows).orElse(List.of());
    }

    private static Instant resolve(ClinicSchedule schedule, LocalDate date, LocalTime time, boolean opening) {
        ZoneRules rules = schedule.zone().getRules();
        LocalDateTime local = date.atTime(time);
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        return local.toInstant(opening ? offsets.get(0) : offsets.get(offsets.size() - 1));
    }
}
