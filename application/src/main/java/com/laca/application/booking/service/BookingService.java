package com.laca.application.booking.service;

import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.BookAppointmentUseCase;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.ManageOwnBookingUseCase;
import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.application.booking.port.out.BookingLimitLock;
import com.laca.application.booking.port.out.SlotTakenException;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.payment.port.out.GatewayMode;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.OpaqueTokens;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.booking.CancellationPolicy;
import com.laca.domain.booking.Client;
import com.laca.domain.booking.StandingBookings;
import com.laca.domain.booking.TransitionResult;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Permission;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.scheduling.BookingDecision;
import com.laca.domain.scheduling.BookingRequest;
import com.laca.domain.scheduling.ClinicSchedule;
import com.laca.domain.scheduling.PractitionerChoice;
import com.laca.domain.scheduling.RejectionReason;
import com.laca.domain.scheduling.TreatmentRequirements;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Books, cancels and moves appointments. Every booking runs in one tenant transaction that first locks the location
 * and the candidate practitioners, so concurrent bookings of the same people and rooms queue up and each one is
 * checked against what the previous one wrote, by the same {@link AvailabilityEngine} that lists slots. On PostgreSQL
 * the exclusion constraints catch anything that slips past (e.g. another server with different code); their
 * violation is reported as "slot unavailable", never as an error.
 *
 * <p>A rescheduling request without a practitioner may be given to any qualified practitioner, as a booking is.
 *
 * <p>Public bookings are counted against the {@link BookingLimits} (per client and per network address) under the
 * tenant's {@link BookingLimitLock}, taken before any other lock, so a burst gets no more than a sequence would;
 * staff booking on a client's behalf is not limited.
 */
public final class BookingService implements BookAppointmentUseCase, ManageOwnBookingUseCase {

    private final BookingPorts ports;
    private final PaymentGateway payments;
    private final AvailabilityEngine engine;
    private final Schedules schedules;
    private final AppointmentViews views;
    private final Clock clock;
    private final BookingLimits limits;
    private final BookingLimitLock limitLock;

    /**
     * @param limits    how much of the calendar one client or one network address may hold through public booking
     * @param limitLock serialises the tenant's limited bookings while they are counted
     */
    public BookingService(BookingPorts ports, PaymentGateway payments, AvailabilityEngine engine, Clock clock,
                          BookingLimits limits, BookingLimitLock limitLock) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.limitLock = Objects.requireNonNull(limitLock, "limitLock");
        this.schedules = ports.scheduleBuilder();
        this.views = ports.views();
    }

    /** Where a booking may go and who may take it, resolved in a short read before the locking transaction. */
    private record Plan(Treatment treatment, List<Location> locations, List<Practitioner> candidates) {
    }

    /** What to store once the engine has accepted a time at a location. */
    @FunctionalInterface
    private interface OnBookable {
        BookingResult store(Location location, BookingDecision.Bookable decision, Instant now);
    }

    /** Whether a booking may go ahead at all, decided in its transaction before any slot is looked at. */
    @FunctionalInterface
    private interface Admission {
        /** Every booking may go ahead. */
        Admission ANY = now -> Optional.empty();

        Optional<BookingResult> refusal(Instant now);
    }

    @Override
    public BookingResult book(BookAppointmentCommand command) {
        return book(command, limits);
    }

    @Override
    public BookingResult bookOnBehalf(Caller caller, BookAppointmentCommand command) {
        caller.require(Permission.APPOINTMENTS_MANAGE);
        if (!caller.tenantId().equals(command.tenant())) {
            throw new AccessDeniedException(Permission.APPOINTMENTS_MANAGE);
        }
        return book(command, BookingLimits.NONE);
    }

    private BookingResult book(BookAppointmentCommand command, BookingLimits applied) {
        TenantId tenant = command.tenant();
        Client newClient = ClientDetailsValidation.newClient(tenant, command.client(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        boolean cardPayments = payments.mode() instanceof GatewayMode.CardPayments;
        Plan plan = ports.tx().inTenant(tenant,
                () -> plan(command.treatment(), command.practitioner(), command.location()));
        boolean hold = cardPayments && plan.treatment().deposit().minorUnits() > 0;
        Optional<String> originKey = command.origin().map(address -> originKey(tenant, address));
        Admission admission = applied.any()
                ? now -> withinLimits(applied, newClient.email(), originKey, hold, now) : Admission.ANY;
        String token = OpaqueTokens.generate(tenant);
        return attempt(tenant, plan, choice(command.practitioner()), command.start(), Optional.empty(), admission,
                (location, decision, now) -> {
                    Client client = ports.clients().findByEmail(newClient.email()).orElseGet(() -> {
                        ports.clients().insert(newClient);
                        return newClient;
                    });
                    AppointmentDetails details = AppointmentDetails.from(AppointmentId.random(), tenant,
                            location.id(), plan.treatment().id(), client.id(), decision);
                    Appointment appointment = hold
                            ? Appointment.hold(details, now, ports.policies().get().holdDuration())
                            : Appointment.confirmed(details);
                    ports.appointments().insert(appointment, OpaqueTokens.hash(token), originKey);
                    AppointmentView view = AppointmentViews.view(new StoredAppointment(appointment, 0),
                            plan.treatment(), practitioner(plan, decision.practitioner()), location, client, now);
                    return new BookingResult.Booked(view, token);
                });
    }

    /**
     * Counts what the client (by e-mail address) and the booking's network address already hold, under the tenant's
     * limit lock so that concurrent bookings count one after the other.
     */
    private Optional<BookingResult> withinLimits(BookingLimits applied, EmailAddress email,
                                                 Optional<String> originKey, boolean hold, Instant now) {
        limitLock.lock();
        StandingBookings byClient = ports.clients().findByEmail(email)
                .map(client -> ports.appointments().standingOfClient(client.id(), now))
                .orElse(StandingBookings.NONE);
        StandingBookings byAddress = originKey.map(key -> ports.appointments().standingFromOrigin(key, now))
                .orElse(StandingBookings.NONE);
        return applied.check(byClient, byAddress, hold)
                .map(reached -> new BookingResult.LimitReached(reached.limit(), reached.allowed(), reached.message()));
    }

    /**
     * The key bookings from one network address are counted by: a hash with the tenant, so no address is stored and
     * the same address gives unrelated keys at different clinics.
     */
    private static String originKey(TenantId tenant, String address) {
        return OpaqueTokens.hash("origin " + tenant + " " + address);
    }

    @Override
    public AppointmentView view(TenantId tenant, String manageToken) {
        return ports.tx().inTenant(tenant, () -> views.of(byToken(tenant, manageToken), clock.instant()));
    }

    @Override
    public TransitionOutcome cancel(TenantId tenant, String manageToken) {
        return ports.tx().inTenant(tenant, () -> {
            StoredAppointment stored = byToken(tenant, manageToken);
            Instant now = clock.instant();
            TransitionResult result = stored.appointment().cancel(now);
            if (result instanceof TransitionResult.Refused refused) {
                return new TransitionOutcome.Refused(refused.reason(), refused.message());
            }
            Appointment cancelled = ((TransitionResult.Applied) result).appointment();
            StoredAppointment saved = ports.appointments().update(cancelled, stored.version());
            CancellationPolicy policy = new CancellationPolicy(ports.policies().get().freeCancellationWindow());
            return new TransitionOutcome.Changed(views.of(saved, now),
                    Optional.of(policy.onCancellation(cancelled.details().time().start(), now)));
        });
    }

    @Override
    public BookingResult reschedule(TenantId tenant, String manageToken, Instant newStart,
                                    Optional<PractitionerId> practitioner) {
        StoredAppointment current = ports.tx().inTenant(tenant, () -> byToken(tenant, manageToken));
        Optional<BookingResult.Refused> unmovable = refusalToMove(current.appointment(), clock.instant());
        if (unmovable.isPresent()) {
            return unmovable.get();
        }
        Plan plan = ports.tx().inTenant(tenant, () -> {
            AppointmentDetails details = current.appointment().details();
            Treatment treatment = ports.treatments().find(details.treatment())
                    .orElseThrow(() -> new NotFoundException("treatment", details.treatment()));
            return plan(treatment, practitioner, Optional.of(details.location()), false);
        });
        return attempt(tenant, plan, choice(practitioner), newStart,
                Optional.of(OpaqueTokens.hash(manageToken)), Admission.ANY, (location, decision, now) -> {
                    StoredAppointment stored = byToken(tenant, manageToken);
                    TransitionResult result = stored.appointment().reschedule(decision, now);
                    if (result instanceof TransitionResult.Refused refused) {
                        return new BookingResult.Refused(refused.reason(), refused.message());
                    }
                    StoredAppointment saved = ports.appointments()
                            .update(((TransitionResult.Applied) result).appointment(), stored.version());
                    return new BookingResult.Booked(views.of(saved, now), manageToken);
                });
    }

    /**
     * Locks, rebuilds each candidate location's schedule and asks the engine; the first location that accepts gets
     * the booking, otherwise the answer is the reason closest to bookable.
     *
     * @param moving    the manage-token hash of an appointment being moved, left out of its own way
     * @param admission asked first, before the booking's locks are taken
     */
    private BookingResult attempt(TenantId tenant, Plan plan, PractitionerChoice choice, Instant start,
                                  Optional<String> moving, Admission admission, OnBookable onBookable) {
        TreatmentRequirements requirements = Schedules.requirements(plan.treatment());
        try {
            return ports.tx().inTenant(tenant, () -> {
                Optional<BookingResult> refused = admission.refusal(clock.instant());
                if (refused.isPresent()) {
                    return refused.get();
                }
                ports.appointments().lockForBooking(plan.locations().stream().map(Location::id).toList(),
                        plan.candidates().stream().map(Practitioner::id).toList());
                Instant now = clock.instant();
                Optional<AppointmentId> excluded = moving.flatMap(ports.appointments()::findByManageTokenHash)
                        .map(stored -> stored.appointment().id());
                BookingDecision.Rejected closest = null;
                for (Location location : plan.locations()) {
                    List<Practitioner> working = Schedules.at(location.id(), plan.candidates());
                    if (working.isEmpty()) {
                        continue;
                    }
                    LocalDate date = LocalDate.ofInstant(start, location.zone());
                    Holds.expire(ports.appointments(), ports.appointments().lapsedHolds(now,
                            DateRanges.span(date.minusDays(1), date.plusDays(1), location.zone())), now);
                    ClinicSchedule schedule = schedules.build(location, working, date.minusDays(1), date.plusDays(1),
                            now);
                    if (excluded.isPresent()) {
                        schedule = schedule.excluding(excluded.get());
                    }
                    BookingDecision decision = engine.check(schedule, requirements,
                            new BookingRequest(choice, start, now));
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
                return new BookingResult.SlotUnavailable(closest.reason(), closest.message());
            });
        } catch (SlotTakenException e) {
            return new BookingResult.SlotUnavailable(e.reason(), e.reason().defaultMessage());
        }
    }

    private Plan plan(TreatmentId treatmentId, Optional<PractitionerId> practitioner, Optional<LocationId> location) {
        Treatment treatment = ports.treatments().find(treatmentId).filter(Treatment::active)
                .orElseThrow(() -> new NotFoundException("treatment", treatmentId));
        return plan(treatment, practitioner, location, true);
    }

    /**
     * @param activeLocationOnly false when moving an existing booking, which stays at its location whatever happened
     *                           to the location since
     */
    private Plan plan(Treatment treatment, Optional<PractitionerId> practitioner, Optional<LocationId> location,
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

    /** Refuses early, with the domain's own reason, to move a booking that is cancelled, expired or under way. */
    private static Optional<BookingResult.Refused> refusalToMove(Appointment appointment, Instant now) {
        AppointmentDetails d = appointment.details();
        BookingDecision.Bookable whereItIs = new BookingDecision.Bookable(d.practitioner(), d.resources(), d.time(),
                d.occupied());
        if (appointment.reschedule(whereItIs, now) instanceof TransitionResult.Refused refused) {
            return Optional.of(new BookingResult.Refused(refused.reason(), refused.message()));
        }
        return Optional.empty();
    }

    private StoredAppointment byToken(TenantId tenant, String manageToken) {
        if (!OpaqueTokens.tenantOf(manageToken).map(tenant::equals).orElse(false)) {
            throw new NotFoundException("booking", "for this link");
        }
        return ports.appointments().findByManageTokenHash(OpaqueTokens.hash(manageToken))
                .orElseThrow(() -> new NotFoundException("booking", "for this link"));
    }

    private static Practitioner practitioner(Plan plan, PractitionerId id) {
        return plan.candidates().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the engine assigned a practitioner it was not offered"));
    }

    private static PractitionerChoice choice(Optional<PractitionerId> practitioner) {
        return practitioner.map(PractitionerChoice::of).orElse(PractitionerChoice.any());
    }

    /** The reason when no location has anyone who could take the booking. */
    private static RejectionReason unbookable(PractitionerChoice choice) {
        return choice instanceof PractitionerChoice.Specific
                ? RejectionReason.UNKNOWN_PRACTITIONER : RejectionReason.NOT_QUALIFIED;
    }
}
