package com.laca.application.booking.service;

import com.laca.application.booking.port.in.AvailabilityRequest;
import com.laca.application.booking.port.in.AvailableSlot;
import com.laca.application.booking.port.in.FindAvailabilityQuery;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.booking.Appointment;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.scheduling.AvailabilityQuery;
import com.laca.domain.scheduling.OfferedSlot;
import com.laca.domain.scheduling.PractitionerChoice;
import com.laca.domain.scheduling.TreatmentRequirements;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lists bookable slots with the same engine and the same schedule-building code the booking service uses, so a listed
 * slot is always bookable; reads in one tenant transaction, taking the slowly changing reference data (treatment,
 * locations, practitioners, rooms, schedule inputs) from a small in-process cache keyed by the clinic's
 * {@link com.laca.application.clinic.port.out.ReferenceDataVersion} and the appointments always fresh, in one query.
 *
 * <p>This is safe under READ COMMITTED because the version is read before the reference data, and every change bumps
 * the version in its own transaction, so a snapshot can only be newer than the version it is cached under, never
 * older; appointments are never cached, so a slot that was just booked is never offered.
 */
public final class AvailabilityService implements FindAvailabilityQuery {

    /** Enough for every treatment and week asked about in a busy hour on a small server, yet bounded in memory. */
    private static final int CACHE_ENTRIES = 256;

    private final BookingPorts ports;
    private final AvailabilityEngine engine;
    private final Schedules schedules;
    private final Clock clock;
    private final LruCache<SnapshotKey, Snapshot> snapshots = new LruCache<>(CACHE_ENTRIES);

    public AvailabilityService(BookingPorts ports, AvailabilityEngine engine, Clock clock) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.schedules = ports.scheduleBuilder();
    }

    /** What one request's reference data is cached under: the clinic, its data version and every request field. */
    private record SnapshotKey(TenantId tenant, long version, TreatmentId treatment,
                               Optional<PractitionerId> practitioner, Optional<LocationId> location, LocalDate from,
                               LocalDate to) {
    }

    /** The reference data of one request: the treatment and the inputs of each location where a candidate works. */
    private record Snapshot(Treatment treatment, List<Schedules.LocationInputs> locations) {
        Snapshot {
            locations = List.copyOf(locations);
        }
    }

    @Override
    public List<AvailableSlot> availability(AvailabilityRequest request) {
        DateRanges.requireListable(request.from(), request.to());
        return ports.tx().inTenant(request.tenant(), () -> {
            SnapshotKey key = new SnapshotKey(request.tenant(), ports.referenceData().current(), request.treatment(),
                    request.practitioner(), request.location(), request.from(), request.to());
            Snapshot snapshot = snapshots.get(key).orElseGet(() -> {
                Snapshot loaded = load(request);
                snapshots.put(key, loaded);
                return loaded;
            });
            Instant now = clock.instant();
            List<Appointment> active = schedules.activeAppointments(snapshot.locations());
            TreatmentRequirements requirements = Schedules.requirements(snapshot.treatment());
            PractitionerChoice choice = request.practitioner().map(PractitionerChoice::of)
                    .orElse(PractitionerChoice.any());
            AvailabilityQuery query = new AvailabilityQuery(request.from(), request.to(), choice, now);
            List<AvailableSlot> slots = new ArrayList<>();
            for (Schedules.LocationInputs location : snapshot.locations()) {
                for (OfferedSlot slot : engine.offeredSlots(Schedules.build(location, active, now), requirements,
                        query)) {
                    slots.add(new AvailableSlot(location.location().id(), slot.start(), slot.end(), slot.offset(),
                            slot.practitioners()));
                }
            }
            slots.sort(Comparator.comparing(AvailableSlot::start)
                    .thenComparing(slot -> slot.location().toString()));
            return slots;
        });
    }

    private Snapshot load(AvailabilityRequest request) {
        Treatment treatment = ports.treatments().find(request.treatment()).filter(Treatment::active)
                .orElseThrow(() -> new NotFoundException("treatment", request.treatment()));
        request.practitioner().ifPresent(id -> ports.practitioners().find(id).filter(Practitioner::active)
                .orElseThrow(() -> new NotFoundException("practitioner", id)));
        List<Location> locations = request.location().isPresent()
                ? List.of(ports.locations().find(request.location().get()).filter(Location::active)
                .orElseThrow(() -> new NotFoundException("location", request.location().get())))
                : Pages.all(ports.locations()::list).stream().filter(Location::active).toList();
        List<Practitioner> candidates = schedules.candidates(treatment, request.practitioner());
        List<Schedules.LocationInputs> inputs = new ArrayList<>();
        for (Location location : locations) {
            List<Practitioner> working = Schedules.at(location.id(), candidates);
            if (!working.isEmpty()) {
                inputs.add(schedules.inputs(location, working, request.from(), request.to()));
            }
        }
        return new Snapshot(treatment, inputs);
    }
}
