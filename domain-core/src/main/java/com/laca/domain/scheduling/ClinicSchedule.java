package com.laca.domain.scheduling;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.LocationId;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine needs to know about one location for the dates being asked about, loaded by the application
 * layer in one go so the engine itself never touches a database or a clock.
 *
 * <p>Working hours, overrides and resources of other locations are ignored. Appointments and time off must include a
 * practitioner's commitments at <em>every</em> location, because nobody can be in two clinics at once.
 *
 * @param location       the location being scheduled
 * @param zone           its time zone; working hours are wall-clock times in this zone
 * @param practitioners  who may be offered, with their qualifications
 * @param resources      the rooms and devices at this location
 * @param workingHours   weekly rota rules
 * @param overrides      date-specific replacements of the rota; at most one per practitioner, location and date
 * @param timeOff        absences
 * @param closures       tenant-wide closed dates
 * @param appointments   active appointments (held, confirmed, checked in) that occupy time
 * @param resourceBlocks periods rooms or devices are out of use
 */
public record ClinicSchedule(LocationId location, ZoneId zone, List<PractitionerProfile> practitioners,
                             List<BookableResource> resources, List<WorkingHours> workingHours,
                             List<DayOverride> overrides, List<TimeOff> timeOff, List<Closure> closures,
                             List<ExistingAppointment> appointments, List<ResourceBlock> resourceBlocks) {

    public ClinicSchedule {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(zone, "zone");
        practitioners = List.copyOf(practitioners);
        resources = List.copyOf(resources);
        workingHours = List.copyOf(workingHours);
        overrides = List.copyOf(overrides);
        timeOff = List.copyOf(timeOff);
        closures = List.copyOf(closures);
        appointments = List.copyOf(appointments);
        resourceBlocks = List.copyOf(resourceBlocks);
    }

    /** Starts an empty schedule for a location. */
    public static Builder builder(LocationId location, ZoneId zone) {
        return new Builder(location, zone);
    }

    /** This schedule without one appointment, so that appointment can be rescheduled without colliding with itself. */
    public ClinicSchedule excluding(AppointmentId appointment) {
        List<ExistingAppointment> others = new ArrayList<>(appointments.size());
        for (ExistingAppointment existing : appointments) {
            if (!existing.id().equals(appointment)) {
                others.add(existing);
            }
        }
        return new ClinicSchedule(location, zone, practitioners, resources, workingHours, overrides, timeOff, closures,
                others, resourceBlocks);
    }

    /** This schedule with one more appointment, e.g. the one just booked. */
    public ClinicSchedule with(ExistingAppointment appointment) {
        List<ExistingAppointment> all = new ArrayList<>(appointments);
        all.add(appointment);
        return new ClinicSchedule(location, zone, practitioners, resources, workingHours, overrides, timeOff, closures,
                all, resourceBlocks);
    }

    /** Collects a schedule piece by piece, because the application layer loads each part from a different place. */
    public static final class Builder {

        private final LocationId location;
        private final ZoneId zone;
        private final List<PractitionerProfile> practitioners = new ArrayList<>();
        private final List<BookableResource> resources = new ArrayList<>();
        private final List<WorkingHours> workingHours = new ArrayList<>();
        private final List<DayOverride> overrides = new ArrayList<>();
        private final List<TimeOff> timeOff = new ArrayList<>();
        private final List<Closure> closures = new ArrayList<>();
        private final List<ExistingAppointment> appointments = new ArrayList<>();
        private final List<ResourceBlock> resourceBlocks = new ArrayList<>();

        private Builder(LocationId location, ZoneId zone) {
            this.location = Objects.requireNonNull(location, "location");
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        public Builder practitioner(PractitionerProfile practitioner) {
            practitioners.add(practitioner);
            return this;
        }

        public Builder resource(BookableResource resource) {
            resources.add(resource);
            return this;
        }

        public Builder workingHours(WorkingHours rule) {
            workingHours.add(rule);
            return this;
        }

        public Builder override(DayOverride override) {
            overrides.add(override);
            return this;
        }

        public Builder timeOff(TimeOff absence) {
            timeOff.add(absence);
            return this;
        }

        public Builder closure(Closure closure) {
            closures.add(closure);
            return this;
        }

        public Builder appointment(ExistingAppointment appointment) {
            appointments.add(appointment);
            return this;
        }

        public Builder resourceBlock(ResourceBlock block) {
            resourceBlocks.add(block);
            return this;
        }

        public ClinicSchedule build() {
            return new ClinicSchedule(location, zone, practitioners, resources, workingHours, overrides, timeOff,
                    closures, appointments, resourceBlocks);
        }
    }
}
