package com.laca.application.service.booking;

import com.laca.application.port.in.booking.AvailabilityRequest;
import com.laca.application.port.in.booking.AvailableSlot;
import com.laca.application.port.in.booking.FindAvailabilityQuery;
import com.laca.application.port.in.common.NotFoundException;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.scheduling.AvailabilityQuery;
import com.laca.domain.scheduling.ClinicSchedule;
import com.laca.domain.scheduling.OfferedSlot;
import com.laca.domain.scheduling.PractitionerChoice;
import com.laca.domain.scheduling.TreatmentRequirements;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Lists bookable slots with the same engine and the same schedule-building code the booking service uses, so a listed
 * slot is always bookable; reads in one tenant transaction with one query per kind of schedule input and location.
 */
public final class AvailabilityService implements FindAvailabilityQuery {

    private final BookingPorts ports;
    private final AvailabilityEngine engine;
    private final Schedules schedules;
    private final Clock clock;

    public AvailabilityService(BookingPorts ports, AvailabilityEngine engine, Clock clock) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.schedules = ports.scheduleBuilder();
    }

    @Override
    public List<AvailableSlot> availability(AvailabilityRequest request) {
        DateRanges.requireListable(request.from(), request.to());
        return ports.tx().inTenant(request.tenant(), () -> {
            Treatment treatment = ports.treatments().find(request.treatment()).filter(Treatment::active)
                    .orElseThrow(() -> new NotFoundException("treatment", request.treatment()));
            request.practitioner().ifPresent(id -> ports.practitioners().find(id).filter(Practitioner::active)
                    .orElseThrow(() -> new NotFoundException("practitioner", id)));
            List<Location> locations = request.location().isPresent()
                    ? List.of(ports.locations().find(request.location().get()).filter(Location::active)
                    .orElseThrow(() -> new NotFoundException("location", request.location().get())))
                    : Pages.all(ports.locations()::list).stream().filter(Location::active).toList();
            List<Practitioner> candidates = schedules.candidates(treatment, request.practitioner());
            TreatmentRequirements requirements = Schedules.requirements(treatment);
            PractitionerChoice choice = request.practitioner().map(PractitionerChoice::of)
                    .orElse(PractitionerChoice.any());
            Instant now = clock.instant();
            List<AvailableSlot> slots = new ArrayList<>();
            for (Location location : locations) {
                List<Practitioner> working = Schedules.at(location.id(), candidates);
                if (working.isEmpty()) {
                    continue;
                }
                ClinicSchedule schedule = schedules.build(location, working, request.from(), request.to(), now);
                for (OfferedSlot slot : engine.offeredSlots(schedule, requirements,
                        new AvailabilityQuery(request.from(), request.to(), choice, now))) {
                    slots.add(new AvailableSlot(location.id(), slot.start(), slot.end(), slot.offset(),
                            slot.practitioners()));
                }
            }
            slots.sort(Comparator.comparing(AvailableSlot::start)
                    .thenComparing(slot -> slot.location().toString()));
            return slots;
        });
    }
}
