package com.laca.application.service.booking;

import com.laca.application.port.out.AppointmentRepository;
import com.laca.application.port.out.PractitionerRepository;
import com.laca.application.port.out.ResourceRepository;
import com.laca.application.port.out.ScheduleInputs;
import com.laca.application.port.out.ScheduleRepository;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
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
     * The schedule of the location for the dates (in its zone), with the given practitioners' commitments at every
     * location and every active appointment that holds one of the location's rooms or devices; holds that lapsed
     * before {@code now} are left out, as they free their time.
     */
    ClinicSchedule build(Location location, List<Practitioner> working, LocalDate from, LocalDate to, Instant now) {
        TimeRange range = DateRanges.span(from, to, location.zone());
        List<PractitionerId> practitionerIds = working.stream().map(Practitioner::id).toList();
        List<Resource> rooms = Pages.all(resources::list).stream()
                .filter(Resource::active)
                .filter(r -> r.locationId().equals(location.id()))
                .toList();
        List<ResourceId> resourceIds = rooms.stream().map(Resource::id).toList();
        ScheduleInputs inputs = schedules.load(location.id(), practitionerIds, from, to, range);

        ClinicSchedule.Builder schedule = ClinicSchedule.builder(location.id(), location.zone());
        working.forEach(p -> schedule.practitioner(new PractitionerProfile(p.id(), p.qualifications())));
        rooms.forEach(r -> schedule.resource(new BookableResource(r.id(), r.type())));
        inputs.workingHours().forEach(schedule::workingHours);
        inputs.overrides().forEach(schedule::override);
        inputs.timeOff().forEach(schedule::timeOff);
        inputs.closures().forEach(schedule::closure);
        inputs.resourceBlocks().forEach(schedule::resourceBlock);
        appointments.activeOverlapping(range, practitionerIds, resourceIds).stream()
                .filter(a -> a.occupiesTimeAt(now))
                .map(Appointment::asExistingAppointment)
                .forEach(schedule::appointment);
        return schedule.build();
    }
}
