package com.laca.application.booking.service;

import com.laca.application.booking.port.in.AvailabilityRequest;
import com.laca.application.booking.port.in.AvailableSlot;
import com.laca.application.booking.port.in.ClientAvailability;
import com.laca.application.booking.port.in.FindAvailabilityQuery;
import com.laca.application.booking.port.out.BookingSafetyGateway;
import com.laca.application.booking.port.out.SafetyGateRequest;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Permission;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.scheduling.AvailabilityQuery;
import com.laca.domain.scheduling.BookingGate;
import com.laca.domain.scheduling.GateRefusal;
import com.laca.domain.scheduling.OfferedSlot;
import com.laca.domain.scheduling.PractitionerChoice;
import com.laca.domain.scheduling.TreatmentRequirements;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
    private final BookingSafetyGateway safety;
    private final LruCache<SnapshotKey, Snapshot> snapshots = new LruCache<>(CACHE_ENTRIES);

    public AvailabilityService(BookingPorts ports, AvailabilityEngine engine, Clock clock) {
        this(ports, engine, clock, BookingSafetyGateway.NONE);
    }

    /** @param safety the gate the booking check asks, asked here too when the slots are for a known client */
    public AvailabilityService(BookingPorts ports, AvailabilityEngine engine, Clock clock,
                               BookingSafetyGateway safety) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.safety = Objects.requireNonNull(safety, "safety");
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
        return availabilityWithNames(request).slots();
    }

    @Override
    public ClientAvailability.Slots availabilityWithNames(AvailabilityRequest request) {
        return (ClientAvailability.Slots) gated(request, context -> BookingGate.NONE, reason -> false);
    }

    @Override
    public ClientAvailability availabilityForAge(AvailabilityRequest request, LocalDate dateOfBirth) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        return gated(request, context -> safety.gateFor(new SafetyGateRequest(request.tenant(),
                SafetyGateRequest.Stage.BOOKING, context.treatment(), context.location(), Optional.empty(),
                Optional.of(dateOfBirth), context.now(), SafetyGateRequest.Channel.PUBLIC)), AGE_REASONS::contains);
    }

    @Override
    public ClientAvailability availabilityForClient(Caller caller, AvailabilityRequest request, ClientId client) {
        caller.require(Permission.APPOINTMENTS_MANAGE);
        if (!caller.tenantId().equals(request.tenant())) {
            throw new AccessDeniedException(Permission.APPOINTMENTS_MANAGE);
        }
        if (ports.tx().inTenant(request.tenant(), () -> ports.clients().findAll(List.of(client))).isEmpty()) {
            throw new NotFoundException("client", client);
        }
        return gated(request, context -> {
            Client found = context.client().get()
                    .orElseThrow(() -> new NotFoundException("client", client));
            return safety.gateFor(new SafetyGateRequest(request.tenant(), SafetyGateRequest.Stage.BOOKING,
                    context.treatment(), context.location(), Optional.of(found), Optional.empty(), context.now(),
                    SafetyGateRequest.Channel.STAFF));
        }, reason -> true, () -> ports.clients().findAll(List.of(client)).stream().findFirst());
    }

    /**
     * A public query knows a date of birth and nothing else about who asks (anyone may type one), so only the age
     * gate is answered from it; whether a returning client has had their consultation is for the booking to say.
     */
    private static final Set<String> AGE_REASONS = Set.of("UNDER_MINIMUM_AGE", "DATE_OF_BIRTH_REQUIRED");

    /** What a gate is built from, for one location of one request, inside the request's transaction. */
    private record GateContext(Treatment treatment, Location location, Instant now,
                               Supplier<Optional<Client>> client) {
    }

    private ClientAvailability gated(AvailabilityRequest request, Function<GateContext, BookingGate> gates,
                                     Predicate<String> honoured) {
        return gated(request, gates, honoured, Optional::empty);
    }

    /**
     * The offered slots, each keeping only the practitioners the gate allows (a slot with none left is dropped); when
     * the gate's honoured refusals emptied a list the calendar had filled, the first such refusal is the answer.
     */
    private ClientAvailability gated(AvailabilityRequest request, Function<GateContext, BookingGate> gates,
                                     Predicate<String> honoured, Supplier<Optional<Client>> client) {
        DateRanges.requireListable(request.from(), request.to());
        return ports.tx().inTenant(request.tenant(), () -> {
            SnapshotKey key = new SnapshotKey(request.tenant(), ports.referenceData().current(), request.treatment(),
                    request.practitioner(), request.location(), request.from(), request.to());
            Snapshot snapshot = snapshots.getOrLoad(key, missing -> load(request));
            Instant now = clock.instant();
            List<Appointment> active = schedules.activeAppointments(snapshot.locations());
            TreatmentRequirements requirements = Schedules.requirements(snapshot.treatment());
            PractitionerChoice choice = request.practitioner().map(PractitionerChoice::of)
                    .orElse(PractitionerChoice.any());
            AvailabilityQuery query = new AvailabilityQuery(request.from(), request.to(), choice, now);
            Supplier<Optional<Client>> once = memoised(client);
            List<AvailableSlot> slots = new ArrayList<>();
            Optional<GateRefusal> firstRefusal = Optional.empty();
            for (Schedules.LocationInputs location : snapshot.locations()) {
                BookingGate gate = null;
                for (OfferedSlot slot : engine.offeredSlots(Schedules.build(location, active, now), requirements,
                        query)) {
                    if (gate == null) {
                        gate = gates.apply(new GateContext(snapshot.treatment(), location.location(), now, once));
                    }
                    List<PractitionerId> allowed = new ArrayList<>();
                    for (PractitionerId practitioner : slot.practitioners()) {
                        Optional<GateRefusal> refusal = gate.refuse(practitioner, slot.start())
                                .filter(r -> honoured.test(r.code()));
                        if (refusal.isEmpty()) {
                            allowed.add(practitioner);
                        } else if (firstRefusal.isEmpty()) {
                            firstRefusal = refusal;
                        }
                    }
                    if (!allowed.isEmpty()) {
                        slots.add(new AvailableSlot(location.location().id(), slot.start(), slot.end(),
                                slot.offset(), allowed));
                    }
                }
            }
            if (slots.isEmpty() && firstRefusal.isPresent()) {
                GateRefusal refusal = firstRefusal.get();
                return new ClientAvailability.Refused(refusal.code(), refusal.explanation(), refusal.allowedFrom());
            }
            slots.sort(Comparator.comparing(AvailableSlot::start)
                    .thenComparing(slot -> slot.location().toString()));
            return new ClientAvailability.Slots(slots, practitionerNames(snapshot), locationNames(snapshot));
        });
    }

    /** The public name of every practitioner who works at a location of the snapshot. */
    private static Map<PractitionerId, String> practitionerNames(Snapshot snapshot) {
        Map<PractitionerId, String> names = new HashMap<>();
        for (Schedules.LocationInputs location : snapshot.locations()) {
            location.working().forEach(practitioner -> names.put(practitioner.id(), practitioner.displayName()));
        }
        return names;
    }

    /** The name of every location of the snapshot. */
    private static Map<LocationId, String> locationNames(Snapshot snapshot) {
        Map<LocationId, String> names = new HashMap<>();
        snapshot.locations().forEach(location -> names.put(location.location().id(), location.location().name()));
        return names;
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;
            private boolean loaded;

            @Override
            public T get() {
                if (!loaded) {
                    value = supplier.get();
                    loaded = true;
                }
                return value;
            }
        };
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
