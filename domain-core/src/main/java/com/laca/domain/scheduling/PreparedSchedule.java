package com.laca.domain.scheduling;

import com.laca.domain.clinic.ResourceType;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A schedule indexed for one treatment and one moment, holding the rules that both the listing and the booking check
 * call, so the two can never disagree.
 */
final class PreparedSchedule {

    /** One shared answer per reason, because the listing rejects thousands of candidates per call. */
    private static final List<Optional<RejectionReason>> REJECTIONS = Arrays.stream(RejectionReason.values())
            .map(Optional::of).toList();

    private final long duration;
    private final long bufferBefore;
    private final long bufferAfter;
    private final long step;
    private final long earliestStart;
    private final long latestStart;
    private final Set<LocalDate> closures;
    private final List<PractitionerCalendar> practitioners;
    private final List<List<ResourceId>> resourceIdsByType;
    private final List<List<IntervalSet>> resourceBusyByType;

    private PreparedSchedule(ClinicSchedule schedule, TreatmentRequirements treatment, Instant now,
                             List<PractitionerCalendar> practitioners, Relevance relevant) {
        this.duration = treatment.duration().toSeconds();
        this.bufferBefore = treatment.bufferBefore().toSeconds();
        this.bufferAfter = treatment.bufferAfter().toSeconds();
        this.step = treatment.slotStep().toSeconds();
        this.earliestStart = IntervalSet.ceilSecond(now.plus(treatment.minimumNotice()));
        this.latestStart = IntervalSet.floorSecond(now.plus(treatment.maximumAdvance()));
        this.closures = new HashSet<>();
        schedule.closures().forEach(closure -> closures.add(closure.date()));
        this.practitioners = practitioners;
        this.resourceIdsByType = new ArrayList<>();
        this.resourceBusyByType = new ArrayList<>();
        indexResources(schedule, treatment, relevant);
    }

    /**
     * Indexes the schedule for one treatment and the local dates {@code first} to {@code last}; with a specific
     * practitioner chosen, only that practitioner is indexed. Busy time wholly outside those dates is left out: a
     * slot's occupied span lies inside a working window of its own date, so it can never meet such busy time.
     */
    static PreparedSchedule prepare(ClinicSchedule schedule, TreatmentRequirements treatment, Instant now,
                                    PractitionerChoice choice, DayFrame first, DayFrame last) {
        Relevance relevant = new Relevance(first.start(), last.end());
        Map<PractitionerId, PractitionerCalendar.Builder> builders = new HashMap<>();
        for (PractitionerProfile profile : schedule.practitioners()) {
            if (choice instanceof PractitionerChoice.Specific specific
                    && !specific.practitioner().equals(profile.id())) {
                continue;
            }
            builders.put(profile.id(), new PractitionerCalendar.Builder(profile, treatment));
        }
        for (WorkingHours rule : schedule.workingHours()) {
            PractitionerCalendar.Builder builder = builders.get(rule.practitioner());
            if (builder != null && rule.location().equals(schedule.location())) {
                builder.add(rule);
            }
        }
        for (DayOverride override : schedule.overrides()) {
            PractitionerCalendar.Builder builder = builders.get(override.practitioner());
            if (builder != null && override.location().equals(schedule.location())) {
                builder.add(override);
            }
        }
        for (TimeOff absence : schedule.timeOff()) {
            PractitionerCalendar.Builder builder = builders.get(absence.practitioner());
            if (builder != null && relevant.test(absence.period())) {
                builder.add(absence);
            }
        }
        for (ExistingAppointment appointment : schedule.appointments()) {
            PractitionerCalendar.Builder builder = builders.get(appointment.practitioner());
            if (builder != null && relevant.test(appointment)) {
                builder.add(appointment);
            }
        }
        List<PractitionerCalendar> calendars = new ArrayList<>(builders.size());
        builders.values().forEach(builder -> calendars.add(builder.build()));
        calendars.sort(Comparator.comparing(calendar -> calendar.id().toString()));
        return new PreparedSchedule(schedule, treatment, now, List.copyOf(calendars), relevant);
    }

    private void indexResources(ClinicSchedule schedule, TreatmentRequirements treatment, Relevance relevant) {
        Map<ResourceId, IntervalSet.Builder> busy = new HashMap<>();
        for (BookableResource resource : schedule.resources()) {
            if (treatment.requiredResourceTypes().contains(resource.type())) {
                busy.put(resource.id(), new IntervalSet.Builder());
            }
        }
        for (ExistingAppointment appointment : schedule.appointments()) {
            if (!relevant.test(appointment)) {
                continue;
            }
            for (ResourceId resource : appointment.resources()) {
                IntervalSet.Builder builder = busy.get(resource);
                if (builder != null) {
                    builder.addOccupied(appointment);
                }
            }
        }
        for (ResourceBlock block : schedule.resourceBlocks()) {
            IntervalSet.Builder builder = busy.get(block.resource());
            if (builder != null && relevant.test(block.period())) {
                builder.add(block.period());
            }
        }
        List<ResourceType> types = new ArrayList<>(treatment.requiredResourceTypes());
        types.sort(Comparator.comparing(ResourceType::code));
        for (ResourceType type : types) {
            List<BookableResource> ofType = new ArrayList<>();
            for (BookableResource resource : schedule.resources()) {
                if (resource.type().equals(type)) {
                    ofType.add(resource);
                }
            }
            ofType.sort(Comparator.comparing(resource -> resource.id().toString()));
            List<ResourceId> ids = new ArrayList<>(ofType.size());
            List<IntervalSet> sets = new ArrayList<>(ofType.size());
            for (BookableResource resource : ofType) {
                ids.add(resource.id());
                sets.add(busy.get(resource.id()).build());
            }
            resourceIdsByType.add(ids);
            resourceBusyByType.add(sets);
        }
    }

    List<PractitionerCalendar> practitioners() {
        return practitioners;
    }

    long duration() {
        return duration;
    }

    long step() {
        return step;
    }

    long bufferBefore() {
        return bufferBefore;
    }

    long bufferAfter() {
        return bufferAfter;
    }

    WorkingDay workingDay(PractitionerCalendar practitioner, DayFrame frame) {
        return WorkingDay.of(practitioner.windowsOn(frame.date()), frame);
    }

    private static Optional<RejectionReason> rejected(RejectionReason reason) {
        return REJECTIONS.get(reason.ordinal());
    }

    /** Rules that hold for every practitioner: closures, minimum notice and maximum advance. */
    Optional<RejectionReason> generalVerdict(DayFrame frame, long start) {
        if (closures.contains(frame.date())) {
            return rejected(RejectionReason.CLOSED);
        }
        if (start < earliestStart) {
            return rejected(RejectionReason.TOO_SOON);
        }
        if (start > latestStart) {
            return rejected(RejectionReason.TOO_FAR_AHEAD);
        }
        return Optional.empty();
    }

    /**
     * Rules about one practitioner, checked in the order of {@link RejectionReason}: qualification, the buffered
     * treatment inside one working window, the start on that window's step grid, no time off and no other appointment
     * (with its buffers) overlapping the buffered treatment.
     */
    Optional<RejectionReason> practitionerVerdict(PractitionerCalendar practitioner, WorkingDay day, long start) {
        if (!practitioner.isQualified()) {
            return rejected(RejectionReason.NOT_QUALIFIED);
        }
        long occupiedFrom = start - bufferBefore;
        long occupiedTo = start + duration + bufferAfter;
        int window = day.windowContaining(occupiedFrom, occupiedTo);
        if (window < 0) {
            return rejected(RejectionReason.OUTSIDE_WORKING_HOURS);
        }
        long sinceWindowStart = day.frame().localSecondOfDay(start) - (long) day.localStart(window);
        if (sinceWindowStart < 0 || sinceWindowStart % step != 0) {
            return rejected(RejectionReason.NOT_ON_STEP);
        }
        if (practitioner.isAwayDuring(occupiedFrom, occupiedTo)) {
            return rejected(RejectionReason.PRACTITIONER_TIME_OFF);
        }
        if (practitioner.isBusyDuring(occupiedFrom, occupiedTo)) {
            return rejected(RejectionReason.PRACTITIONER_BUSY);
        }
        return Optional.empty();
    }

    /** One free resource of each required type for the buffered treatment, lowest id first; empty when any is missing. */
    Optional<List<ResourceId>> assignResources(long start) {
        if (resourceIdsByType.isEmpty()) {
            return Optional.of(List.of());
        }
        long occupiedFrom = start - bufferBefore;
        long occupiedTo = start + duration + bufferAfter;
        List<ResourceId> assigned = new ArrayList<>(resourceIdsByType.size());
        for (int type = 0; type < resourceIdsByType.size(); type++) {
            List<IntervalSet> candidates = resourceBusyByType.get(type);
            int free = -1;
            for (int i = 0; i < candidates.size() && free < 0; i++) {
                if (!candidates.get(i).overlaps(occupiedFrom, occupiedTo)) {
                    free = i;
                }
            }
            if (free < 0) {
                return Optional.empty();
            }
            assigned.add(resourceIdsByType.get(type).get(free));
        }
        return Optional.of(assigned);
    }

    /**
     * The epoch-second span of the dates asked about, so the thousands of appointments a month holds are not
     * indexed when only one day matters; the test errs towards keeping an entry.
     */
    private record Relevance(long from, long to) {

        boolean test(TimeRange range) {
            return range.start().getEpochSecond() < to && IntervalSet.ceilSecond(range.end()) > from;
        }

        boolean test(ExistingAppointment appointment) {
            TimeRange treatment = appointment.treatment();
            return treatment.start().getEpochSecond() - appointment.bufferBefore().getSeconds() < to
                    && IntervalSet.ceilSecond(treatment.end()) + appointment.bufferAfter().getSeconds() + 1 > from;
        }
    }
}
