package com.laca.application.booking.service;

import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.BookAppointmentUseCase;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.out.BookingLimitLock;
import com.laca.application.booking.port.out.BookingSafetyGateway;
import com.laca.application.booking.port.out.SafetyGateRequest;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.payment.port.in.DepositInstructions;
import com.laca.application.payment.port.in.DepositUnavailableException;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.OpaqueTokens;
import com.laca.application.shared.PaymentGatewayException;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.booking.Client;
import com.laca.domain.booking.StandingBookings;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Permission;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Books a treatment with its deposit in one orchestration: the deposit's way (none, by card on the clinic's own
 * account, or at the desk) is decided once, while planning, inside the one transaction that also takes the slot, so a
 * slot is held only when a card will really be asked for and never held only to be confirmed a moment later; the
 * answer is built from that transaction. A card deposit then costs one call to the processor, with no transaction
 * open, and one short transaction recording the intent; if the processor fails, the hold is released at once.
 *
 * <p>Public bookings are counted against the {@link BookingLimits} (per client and per network address) under the
 * tenant's {@link BookingLimitLock}, taken before any other lock, so a burst gets no more than a sequence would;
 * staff booking on a client's behalf is not limited.
 */
public final class BookAppointmentService implements BookAppointmentUseCase {

    private final BookingPorts ports;
    private final SlotBooking slots;
    private final BookingDeposits deposits;
    private final BookingEngineAppointments appointments;
    private final Clock clock;
    private final BookingLimits limits;
    private final BookingLimitLock limitLock;

    /**
     * @param deposits  how the treatment's deposit is taken and recorded
     * @param limits    how much of the calendar one client or one network address may hold through public booking
     * @param limitLock serialises the tenant's limited bookings while they are counted
     */
    public BookAppointmentService(BookingPorts ports, BookingDeposits deposits, AvailabilityEngine engine, Clock clock,
                                  BookingLimits limits, BookingLimitLock limitLock) {
        this(ports, deposits, engine, clock, limits, limitLock, BookingSafetyGateway.NONE);
    }

    /**
     * @param safety the clinical-safety and legal gate the one booking check asks, public and staff bookings alike
     */
    public BookAppointmentService(BookingPorts ports, BookingDeposits deposits, AvailabilityEngine engine, Clock clock,
                                  BookingLimits limits, BookingLimitLock limitLock, BookingSafetyGateway safety) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.deposits = Objects.requireNonNull(deposits, "deposits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.limitLock = Objects.requireNonNull(limitLock, "limitLock");
        this.slots = new SlotBooking(ports, engine, clock, safety);
        this.appointments = new BookingEngineAppointments(ports.appointments(), ports.treatments());
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
        OneBooking booking = new OneBooking(command, applied);
        BookingResult result = slots.attempt(command.tenant(), booking::plan, booking::storing, booking::admission,
                SlotBooking.choice(command.practitioner()), command.start(), Optional.empty(), booking.subject());
        if (result instanceof BookingResult.Booked booked
                && booking.deposit instanceof BookingDeposits.Plan.ByCard card) {
            return new BookingResult.Booked(booked.appointment(), booked.manageToken(),
                    byCard(command.tenant(), booked.appointment(), card));
        }
        return result;
    }

    /** One booking request on its way through the booking transaction, and the deposit's way decided in it. */
    private final class OneBooking {

        private final BookAppointmentCommand command;
        private final BookingLimits applied;
        private final Client newClient;
        private final Optional<String> originKey;
        private final String token;
        private BookingDeposits.Plan deposit = new BookingDeposits.Plan.None();

        OneBooking(BookAppointmentCommand command, BookingLimits applied) {
            this.command = command;
            this.applied = applied;
            this.newClient = ClientDetailsValidation.newClient(command.tenant(), command.client(),
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            this.originKey = command.origin().map(address -> originKey(command.tenant(), address));
            this.token = OpaqueTokens.generate(command.tenant());
        }

        /** The client as the safety gate sees them: the stored record, if any, and the date of birth typed now. */
        SlotBooking.Subject subject() {
            return new SlotBooking.Subject(SafetyGateRequest.Stage.BOOKING,
                    () -> ports.clients().findByEmail(newClient.email()), Optional.of(newClient.dateOfBirth()));
        }

        SlotBooking.Plan plan() {
            return slots.plan(command.treatment(), command.practitioner(), command.location());
        }

        /** Decides the deposit's way from the planned treatment before any slot is taken, and how to store it. */
        SlotBooking.OnBookable storing(SlotBooking.Plan plan) {
            Treatment treatment = plan.treatment();
            deposit = deposits.plan(command.tenant(), treatment.deposit(), treatment.price());
            return (location, decision, now) -> {
                Client client = ports.clients().findByEmail(newClient.email()).orElseGet(() -> {
                    ports.clients().insert(newClient);
                    return newClient;
                });
                AppointmentDetails details = AppointmentDetails.from(AppointmentId.random(), command.tenant(),
                        location.id(), treatment.id(), client.id(), decision);
                Appointment appointment = deposit.holdsSlot()
                        ? Appointment.hold(details, now, ports.policies().get().holdDuration())
                        : Appointment.confirmed(details);
                ports.appointments().insert(appointment, OpaqueTokens.hash(token), originKey);
                AppointmentView view = AppointmentViews.view(new StoredAppointment(appointment, 0), treatment,
                        plan.practitioner(decision.practitioner()), location, client, now);
                DepositInstructions instructions = deposit instanceof BookingDeposits.Plan.AtDesk desk
                        ? deposits.recordDueAtDesk(appointment.id(), desk) : new DepositInstructions.NoDeposit();
                return new BookingResult.Booked(view, token, instructions);
            };
        }

        Optional<BookingResult> admission(Instant now) {
            return applied.any() ? withinLimits(applied, newClient.email(), originKey, deposit.holdsSlot(), now)
                    : Optional.empty();
        }
    }

    /**
     * The card payment of a held appointment, asked for after its transaction has committed; if the processor cannot
     * prepare it, the held slot is released at once rather than left blocked for a payment the client cannot make.
     */
    private DepositInstructions byCard(TenantId tenant, AppointmentView held, BookingDeposits.Plan.ByCard card) {
        Instant holdExpiresAt = held.holdExpiresAt()
                .orElseThrow(() -> new IllegalStateException("a card deposit is taken for a held appointment only"));
        try {
            return deposits.collectByCard(tenant, held.id(), card, holdExpiresAt);
        } catch (PaymentGatewayException e) {
            ports.tx().inTenant(tenant, () -> {
                appointments.releaseHold(held.id(), clock.instant());
                return null;
            });
            throw new DepositUnavailableException("the card payment could not be prepared; please book again", e);
        }
    }

    /**
     * Counts what the client (by e-mail address) and the booking's network address already hold, under the tenant's
     * limit lock so that concurrent bookings count one after the other.
     *
     * @param hold whether this booking would be an unpaid hold
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
}
