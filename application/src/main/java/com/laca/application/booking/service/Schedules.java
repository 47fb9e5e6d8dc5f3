package com.laca.application.booking.service;

import com.laca.application.booking.port.out.AppointmentRepository;
import com.laca.application.booking.port.out.ScheduleInputs;
import com.laca.application.booking.port.out.ScheduleRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.domain.booking.Appointment;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Resource;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.scheduling.BookableResource;
import com.laca.domain.scheduling.ClinicSchedule;
import com.laca.domain.scheduling.PractitionerProfile;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.scheduling.TreatmentRequirements;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a location's {@link ClinicSchedule} from the repositories with one query per kind, the same way for listing
 * slots and for accepting a booking, so both questions are asked of the same facts.
 */
final class Schedules {

    private final PractitionerRepository practitioners;
    private final ResourceRepository resources;
    private final ScheduleRepository schedules;
    private final AppointmentRepository appointments;

    Schedules(PractitionerRepository practitioners, ResourceRepository resources, ScheduleRepository schedules,
              AppointmentRepository appointments) {
        this.practitioners = practitioners;
        this.resources = resources;
        this.schedules = schedules;
        this.appointments = appointments;
    }

    /** What the engine needs to know about a treatment. */
    static TreatmentRequirements requirements(Treatment treatment) {
        return TreatmentRequirements.of(treatment.id(), treatment.duration())
                .withBuffers(treatment.bufferBefore(), treatment.bufferAfter())
                .withSlotStep(treatment.bookingWindow().slotStep())
                .withBookingWindow(treatment.bookingWindow().minimumNotice(),
                        treatment.bookingWindow().maximumAdvance())
                .requiring(treatment.qualification().map(Set::of).orElse(Set.of()))
                .using(treatment.requiredResourceTypes());
    }

    /**
     * The requirements for a booking staff make: the online booking window does not apply (from now, up to the
     * longer of the treatment's maximum advance and two years), everything else does.
     */
    static TreatmentRequirements requirementsForStaff(Treatment treatment) {
        Duration advance = treatment.bookingWindow().maximumAdvance();
        return requirements(treatment).withBookingWindow(Duration.ZERO,
                advance.compareTo(STAFF_ADVANCE) > 0 ? advance : STAFF_ADVANCE);
    }

    /** How far ahead staff may book when the treatment's own online limit is shorter. */
    private static final Duration STAFF_ADVANCE = Duration.ofDays(731);

    /**
     * The active practitioners qualified for the treatment, optionally only the one asked for, in id order.
     */
    List<Practitioner> candidates(Treatment treatment, Optional<PractitionerId> wanted) {
        return Pages.all(practitioners::list).stream()
                .filter(Practitioner::active)
                .filter(p -> p.isQualifiedFor(treatment.requiredQualification()))
                .filter(p -> wanted.map(p.id()::equals).orElse(true))
                .sorted(Comparator.comparing(p -> p.id().toString()))
                .toList();
    }

    /** The candidates who work at the location. */
    static List<Practitioner> at(LocationId location, List<Practitioner> candidates) {
        return candidates.stream().filter(p -> p.locationIds().contains(location)).toList();
    }

    /**
     * Everything a location's schedule is built from except appointments: the practitioners working there, its active
     * rooms and devices, their schedule inputs, and the span of the dates in the location's zone; immutable, so it can
     * be kept while the clinic's reference data version stays the same.
     */
    record LocationInputs(Location location, List<Practitioner> working, List<Resource> rooms, ScheduleInputs inputs,
                          TimeRange range) {

        LocationInputs {
            working = List.copyOf(working);
            rooms = List.copyOf(rooms);
        }

        List<PractitionerId> practitionerIds() {
            return working.stream().map(Practitioner::id).toList();
        }

        List<ResourceId> resourceIds() {
            return rooms.stream().map(Resource::id).toList();
        }

        /**
         * Whether the appointment is busy time of this schedule, by the rule of
         * {@link AppointmentRepository#activeOverlapping}.
         */
        boolean concerns(Appointment appointment) {
            return appointment.details().occupied().overlaps(range)
                    && (working.stream().anyMatch(p -> p.id().equals(appointment.details().practitioner()))
                    || rooms.stream().anyMatch(r -> appointment.details().resources().contains(r.id())));
        }
    }

    /**
     * The location's reference data for the dates (in its zone), for the given practitioners: their rules at every
     * location, their time off, the closures, and the location's active rooms and their blocks.
     */
    LocationInputs inputs(Location location, List<Practitioner> working, LocalDate from, LocalDate to) {
        TimeRange range = DateRanges.span(from, to, location.zone());
        List<Resource> rooms = Pages.all(resources::list).stream()
                .filter(Resource::active)
                .filter(r -> r.locationId().equals(location.id()))
                .toList();
        List<PractitionerId> practitionerIds = working.stream().map(Practitioner::id).toList();
        return new LocationInputs(location, working, rooms,
                schedules.load(location.id(), practitionerIds, from, to, range), range);
    }

    /**
     * Every active appointment that is busy time of any of the schedules, read fresh in one query over the span of all
     * their ranges, for {@link #build(LocationInputs, List, Instant)} to share out.
     */
    List<Appointment> activeAppointments(List<LocationInputs> locations) {
        if (locations.isEmpty()) {
            return List.of();
        }
        Instant start = locations.stream().map(l -> l.range().start()).min(Comparator.naturalOrder()).orElseThrow();
        Instant end = locations.stream().map(l -> l.range().end()).max(Comparator.naturalOrder()).orElseThrow();
        Set<PractitionerId> practitionerIds = new LinkedHashSet<>();
        Set<ResourceId> resourceIds = new LinkedHashSet<>();
        locations.forEach(l -> {
            practitionerIds.addAll(l.practitionerIds());
            resourceIds.addAll(l.resourceIds());
        });
        return appointments.activeOverlapping(new TimeRange(start, end), practitionerIds, resourceIds);
    }

    /**
     * The schedule of the location from its inputs and those of the active appointments that concern it (the
     * practitioners' commitments at every location and every one that holds one of its rooms or devices); holds that
     * lapsed before {@code now} are left out, as they free their time.
     */
    static ClinicSchedule build(LocationInputs location, List<Appointment> active, Instant now) {
        ClinicSchedule.Builder schedule = ClinicSchedule.builder(location.location().id(), location.location().zone());
        location.working().forEach(p -> schedule.practitioner(new PractitionerProfile(p.id(), p.qualifications())));
        location.rooms().forEach(r -> schedule.resource(new BookableResource(r.id(), r.type())));
        ScheduleInputs inputs = location.inputs();
        inputs.workingHours().forEach(schedule::workingHours);
        inputs.overrides().forEach(schedule::override);
        inputs.timeOff().forEach(schedule::timeOff);
        inputs.closures().forEach(schedule::closure);
        inputs.resourceBlocks().forEach(schedule::resourceBlock);
        active.stream()
                .filter(location::concerns)
                .filter(a -> a.occupiesTimeAt(now))
                .map(Appointment::asExistingAppointment)
                .forEach(schedule::appointment);
        return schedule.build();
    }

    /**
     * The schedule from the location's inputs, which a booking reads before it takes its locks (no booking lock guards
     * reference data), and its active appointments, read now, after the locks, so they are the ones that count.
     */
    ClinicSchedule build(LocationInputs inputs, Instant now) {
        return build(inputs, appointments.activeOverlapping(inputs.range(), inputs.practitionerIds(),
                inputs.resourceIds()), now);
    }
}
