package com.laca.application.booking.service;

import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.out.BookingSafetyGateway;
import com.laca.application.booking.port.out.SafetyGateRequest;
import com.laca.application.booking.port.out.SlotTakenException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.scheduling.BookingGate;
import com.laca.domain.scheduling.BookingDecision;
import com.laca.domain.scheduling.BookingRequest;
import com.laca.domain.scheduling.ClinicSchedule;
import com.laca.domain.scheduling.PractitionerChoice;
import com.laca.domain.scheduling.RejectionReason;
import com.laca.domain.scheduling.TreatmentRequirements;
import com.laca.domain.shared.AppointmentId;
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
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Taking a slot, shared by booking and rescheduling: one tenant transaction that plans (which treatment, locations and
 * practitioners), locks the candidate practitioners (and first the locations, when the treatment needs their rooms),
 * so concurrent bookings of the same people and rooms queue up, and asks the same {@link AvailabilityEngine} that
 * lists slots. On PostgreSQL the exclusion
 * constraints catch anything that slips past (e.g. another server with different code); their violation is answered as
 * "slot unavailable", never as an error.
 */
final class SlotBooking {

    /** Enough for every treatment and day booked in a busy hour on a small server, yet bounded in memory. */
    private static final int CACHE_ENTRIES = 256;

    private final BookingPorts ports;
    private final AvailabilityEngine engine;
    private final Schedules schedules;
    private final Clock clock;
    private final BookingSafetyGateway safety;
    private final LruCache<PlanKey, Plan> planCache = new LruCache<>(CACHE_ENTRIES);
    private final LruCache<InputsKey, Schedules.LocationInputs> inputsCache = new LruCache<>(CACHE_ENTRIES);

    SlotBooking(BookingPorts ports, AvailabilityEngine engine, Clock clock, BookingSafetyGateway safety) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.safety = Objects.requireNonNull(safety, "safety");
        this.schedules = ports.scheduleBuilder();
    }

    /**
     * Whom a booking is for, as the safety gate needs it: read inside the booking's transaction, before anything is
     * written.
     *
     * @param stage             a new booking or a move
     * @param client            the stored client, if any
     * @param statedDateOfBirth the date of birth typed with a new booking, read inside the transaction: the youngest of
     *                          the typed one and those of clients sharing its e-mail (not its phone, which families
     *                          share), so a typed date can never make a recorded minor look older
     * @param channel           public or staff (a doctor's direction counts for staff bookings only)
     */
    record Subject(SafetyGateRequest.Stage stage, Supplier<Optional<Client>> client,
                   Supplier<Optional<LocalDate>> statedDateOfBirth, SafetyGateRequest.Channel channel) {

        /** A public request. */
        Subject(SafetyGateRequest.Stage stage, Supplier<Optional<Client>> client,
                Supplier<Optional<LocalDate>> statedDateOfBirth) {
            this(stage, client, statedDateOfBirth, SafetyGateRequest.Channel.PUBLIC);
        }
    }

    /** Where a booking may go and who may take it. */
    record Plan(Treatment treatment, List<Location> locations, List<Practitioner> candidates) {

        /** The candidate the engine assigned. */
        Practitioner practitioner(PractitionerId id) {
            return candidates.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(
                    () -> new IllegalStateException("the engine assigned a practitioner it was not offered"));
        }
    }

    /** What a new booking's plan is cached under: the clinic, its reference data version and the request's fields. */
    private record PlanKey(TenantId tenant, long version, TreatmentId treatment, Optional<PractitionerId> practitioner,
                           Optional<LocationId> location) {
    }

    /** What a location's reference data for some days is cached under, as for the availability. */
    private record InputsKey(TenantId tenant, long version, LocationId location, List<PractitionerId> working,
                             LocalDate from, LocalDate to) {
    }

    /** What to store once the engine has accepted a time at a location. */
    @FunctionalInterface
    interface OnBookable {
        BookingResult store(Location location, BookingDecision.Bookable decision, Instant now);
    }

    /**
     * Whether a booking may go ahead at all, decided in its transaction before any location or practitioner lock is
     * taken (it may take the client's own lock, which always comes first).
     */
    @FunctionalInterface
    interface Admission {
        /** Every booking may go ahead. */
        Admission ANY = now -> Optional.empty();

        Optional<BookingResult> refusal(Instant now);
    }

    /**
     * In one transaction: the plan, what to store decided from it, admission, each candidate location's reference data
     * (read before the locks, so the locked section is short), then the locks, lapsed holds expired, and each
     * location's schedule rebuilt with its appointments read after the locks and checked; the first location that
     * accepts gets the booking, otherwise the answer is the reason closest to bookable. Planning takes no lock, so admission still comes before
     * any location or practitioner lock a booking takes.
     *
     * @param planner   the plan, given the clinic's reference data version the transaction read first (the key a
     *                  cached plan is kept under)
     * @param storing   what to store where the engine accepts, decided from the plan before any slot is looked at
     * @param admission asked once the plan and what to store are known
     * @param moving    the manage-token hash of an appointment being moved, left out of its own way
     * @param subject   whom the booking is for, for the safety gate the engine asks
     */
    BookingResult attempt(TenantId tenant, LongFunction<Plan> planner, Function<Plan, OnBookable> storing,
                          Admission admission, PractitionerChoice choice, Instant start, Optional<String> moving,
                          Subject subject) {
        return attempt(tenant, planner, storing, admission, choice, start, moving, subject, true);
    }

    /**
     * As {@link #attempt(TenantId, LongFunction, Function, Admission, PractitionerChoice, Instant, Optional, Subject)},
     * with the online booking window (minimum notice, maximum advance) applied or not: those are rules for booking
     * online, and reception may book inside them (issue 9 item 5); working hours, rooms, qualifications, the safety
     * gate and every other rule still apply, and nothing can be booked in the past.
     */
    BookingResult attempt(TenantId tenant, LongFunction<Plan> planner, Function<Plan, OnBookable> storing,
                          Admission admission, PractitionerChoice choice, Instant start, Optional<String> moving,
                          Subject subject, boolean onlineWindow) {
        return run(tenant, planner, storing, admission, choice, start,
                () -> moving.flatMap(ports.appointments()::findByManageTokenHash)
                        .map(stored -> stored.appointment().id()), subject, onlineWindow);
    }

    /** Staff moving an appointment known by its id: left out of its own way, outside the online booking window. */
    BookingResult attemptMoving(TenantId tenant, LongFunction<Plan> planner, Function<Plan, OnBookable> storing,
                                PractitionerChoice choice, Instant start, AppointmentId moving, Subject subject) {
        return run(tenant, planner, storing, Admission.ANY, choice, start, () -> Optional.of(moving), subject, false);
    }

    private BookingResult run(TenantId tenant, LongFunction<Plan> planner, Function<Plan, OnBookable> storing,
                              Admission admission, PractitionerChoice choice, Instant start,
                              Supplier<Optional<AppointmentId>> moving, Subject subject, boolean onlineWindow) {
        try {
            return ports.tx().inTenant(tenant, () -> {
                // first, so the plan and the set-up read below are never older than the version they are kept under
                long version = ports.referenceData().current();
                Plan plan = planner.apply(version);
                OnBookable onBookable = storing.apply(plan);
                Optional<BookingResult> refused = admission.refusal(clock.instant());
                if (refused.isPresent()) {
                    return refused.get();
                }
                return check(tenant, version, plan, choice, start, moving, onBookable, subject, onlineWindow);
            });
        } catch (SlotTakenException e) {
            return new BookingResult.SlotUnavailable(e.reason(), e.reason().defaultMessage());
        }
    }

    /**
     * The locations whose rooms and equipment the booking competes for: none when the treatment needs no resource, so
     * bookings of different practitioners at one location do not queue behind each other; the practitioners' locks
     * (and, for a client's own standing, the booking limit lock) cover everything else such a booking can collide on.
     */
    private static List<LocationId> sharedRoomsOf(Plan plan, TreatmentRequirements requirements) {
        if (requirements.requiredResourceTypes().isEmpty()) {
            return List.of();
        }
        return plan.locations().stream().map(Location::id).toList();
    }

    private BookingResult check(TenantId tenant, long version, Plan plan, PractitionerChoice choice, Instant start,
                                Supplier<Optional<AppointmentId>> moving, OnBookable onBookable, Subject subject,
                                boolean onlineWindow) {
        TreatmentRequirements requirements = onlineWindow ? Schedules.requirements(plan.treatment())
                : Schedules.requirementsForStaff(plan.treatment());
        List<Schedules.LocationInputs> located = new ArrayList<>();
        for (Location location : plan.locations()) {
            List<Practitioner> working = Schedules.at(location.id(), plan.candidates());
            if (!working.isEmpty()) {
                LocalDate date = LocalDate.ofInstant(start, location.zone());
                located.add(inputs(new InputsKey(tenant, version, location.id(),
                        working.stream().map(Practitioner::id).toList(), date.minusDays(1), date.plusDays(1)),
                        location, working));
            }
        }
        ports.appointments().lockForBooking(sharedRoomsOf(plan, requirements),
                plan.candidates().stream().map(Practitioner::id).toList());
        Instant now = clock.instant();
        Optional<AppointmentId> excluded = moving.get();
        BookingDecision.Rejected closest = null;
        Optional<Client> client = subject.client().get();
        Optional<LocalDate> statedDateOfBirth = subject.statedDateOfBirth().get();
        for (Schedules.LocationInputs inputs : located) {
            Location location = inputs.location();
            Holds.expire(ports.appointments(), ports.appointments().lapsedHolds(now, inputs.range()), now);
            ClinicSchedule schedule = schedules.build(inputs, now);
            if (excluded.isPresent()) {
                schedule = schedule.excluding(excluded.get());
            }
            BookingGate gate = safety.gateFor(new SafetyGateRequest(tenant, subject.stage(), plan.treatment(), location,
                    client, statedDateOfBirth, now, subject.channel()));
            BookingDecision decision = engine.check(schedule, requirements,
                    new BookingRequest(choice, start, now, gate));
            if (decision instanceof BookingDecision.Bookable bookable) {
                return onBookable.store(location, bookable, now);
            }
            BookingDecision.Rejected rejected = (BookingDecision.Rejected) decision;
            if (closest == null || rejected.reason().compareTo(closest.reason()) > 0) {
                closest = rejected;
            }
        }
        if (closest == null) {
            closest = BookingDecision.Rejected.because(unbookable(choice));
        }
        if (closest.gate().isPresent()) {
            return new BookingResult.SafetyRefused(closest.gate().get().code(), closest.gate().get().explanation(),
                    closest.gate().get().allowedFrom());
        }
        return new BookingResult.SlotUnavailable(closest.reason(), closest.message());
    }

    /**
     * A location's reference data for the days around a booking, from the cache the availability's reasoning makes
     * safe: every change to reference data moves the clinic's version on in its own transaction, and the booking reads
     * the version before its plan and this data, so what is cached under it is never older than it; appointments are
     * always read after the locks.
     */
    private Schedules.LocationInputs inputs(InputsKey key, Location location, List<Practitioner> working) {
        return inputsCache.getOrLoad(key, missing -> schedules.inputs(location, working, key.from(), key.to()));
    }

    /**
     * The plan of a new booking: the treatment must be active; cached like a location's reference data, under the
     * version the booking read first.
     */
    Plan plan(TenantId tenant, long version, TreatmentId treatmentId, Optional<PractitionerId> practitioner,
              Optional<LocationId> location) {
        return planCache.getOrLoad(new PlanKey(tenant, version, treatmentId, practitioner, location), missing -> {
            Treatment treatment = ports.treatments().find(treatmentId).filter(Treatment::active)
                    .orElseThrow(() -> new NotFoundException("treatment", treatmentId));
            return plan(treatment, practitioner, location, true);
        });
    }

    /**
     * @param activeLocationOnly false when moving an existing booking, which stays at its location whatever happened
     *                           to the location since
     */
    Plan plan(Treatment treatment, Optional<PractitionerId> practitioner, Optional<LocationId> location,
              boolean activeLocationOnly) {
        practitioner.ifPresent(id -> ports.practitioners().find(id).filter(Practitioner::active)
                .orElseThrow(() -> new NotFoundException("practitioner", id)));
        List<Practitioner> candidates = schedules.candidates(treatment, practitioner);
        List<Location> locations;
        if (location.isPresent()) {
            Location only = ports.locations().find(location.get())
                    .filter(l -> l.active() || !activeLocationOnly)
                    .orElseThrow(() -> new NotFoundException("location", location.get()));
            locations = List.of(only);
        } else {
            locations = Pages.all(ports.locations()::list).stream()
                    .filter(Location::active)
                    .filter(l -> !Schedules.at(l.id(), candidates).isEmpty())
                    .sorted(Comparator.comparing(l -> l.id().toString()))
                    .toList();
        }
        return new Plan(treatment, locations, candidates);
    }

    static PractitionerChoice choice(Optional<PractitionerId> practitioner) {
        return practitioner.map(PractitionerChoice::of).orElse(PractitionerChoice.any());
    }

    /** The reason when no location has anyone who could take the booking. */
    private static RejectionReason unbookable(PractitionerChoice choice) {
        return choice instanceof PractitionerChoice.Specific
                ? RejectionReason.UNKNOWN_PRACTITIONER : RejectionReason.NOT_QUALIFIED;
    }
}
