package com.laca.application.booking.service;

import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.BookAppointmentUseCase;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.out.BookingLimitLock;
import com.laca.application.booking.port.out.BookingSafetyGateway;
import com.laca.application.booking.port.out.ClientIdentityTakenException;
import com.laca.application.booking.port.out.SafetyGateRequest;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.payment.port.in.DepositInstructions;
import com.laca.application.payment.port.in.DepositUnavailableException;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.domain.booking.AgreedTerms;
import com.laca.domain.booking.BookingPolicy;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.scheduling.RejectionReason;
import com.laca.application.shared.OpaqueTokens;
import com.laca.application.shared.PaymentGatewayException;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.booking.Client;
import com.laca.domain.booking.ClientIdentity;
import com.laca.domain.booking.StandingBookings;
import com.laca.domain.clinic.Resource;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Permission;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.notification.Initiator;
import java.time.Clock;
import java.util.Comparator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Books a treatment with its deposit in one orchestration: the deposit's way (none, by card on the clinic's own
 * account, or at the desk) is decided once, while planning, inside the one transaction that also takes the slot, so a
 * slot is held only when a card will really be asked for and never held only to be confirmed a moment later; the
 * answer is built from that transaction. A card deposit then costs one call to the processor, with no transaction
 * open, and one short transaction recording the intent; if the processor fails, the hold is released at once.
 *
 * <p>Public bookings are counted against the {@link BookingLimits} (per client and per network address) under the
 * {@link BookingLimitLock} of that client and that address, taken before any other lock, so a burst gets no more than
 * a sequence would while other clients' bookings go on; staff booking on a client's behalf is not limited, but every
 * booking takes its client's lock, on which the client's overlap check relies.
 */
public final class BookAppointmentService implements BookAppointmentUseCase {

    private final BookingPorts ports;
    private final SlotBooking slots;
    private final BookingDeposits deposits;
    private final BookingEngineAppointments appointments;
    private final Clock clock;
    private final BookingLimits limits;
    private final BookingLimitLock limitLock;
    private final BookingNotifications notifications;

    private static final System.Logger LOG = System.getLogger(BookAppointmentService.class.getName());
    /** Safety reasons that come from a client's stored screening or a prescriber's decision. */
    private static final Set<String> CLINICAL_REASONS = Set.of("CONTRAINDICATED", "PRESCRIBER_REVIEW_PENDING",
            "PRESCRIBER_DECLINED", "DEFERRED");
    /** What an anonymous caller is told instead of a clinical reason. */
    static final String REFER_TO_CLINIC = "REFER_TO_CLINIC";

    /**
     * @param deposits  how the treatment's deposit is taken and recorded
     * @param limits    how much of the calendar one client or one network address may hold through public booking
     * @param limitLock serialises the bookings of one client, and the limited bookings of one address
     */
    public BookAppointmentService(BookingPorts ports, BookingDeposits deposits, AvailabilityEngine engine, Clock clock,
                                  BookingLimits limits, BookingLimitLock limitLock) {
        this(ports, deposits, engine, clock, limits, limitLock, BookingNotifications.none(ports),
                BookingSafetyGateway.NONE);
    }

    /** @param notifications what the client is told, written in the booking's own transaction */
    public BookAppointmentService(BookingPorts ports, BookingDeposits deposits, AvailabilityEngine engine, Clock clock,
                                  BookingLimits limits, BookingLimitLock limitLock,
                                  BookingNotifications notifications) {
        this(ports, deposits, engine, clock, limits, limitLock, notifications, BookingSafetyGateway.NONE);
    }

    /** @param safety the clinical-safety and legal gate the one booking check asks, public and staff bookings alike */
    public BookAppointmentService(BookingPorts ports, BookingDeposits deposits, AvailabilityEngine engine, Clock clock,
                                  BookingLimits limits, BookingLimitLock limitLock, BookingSafetyGateway safety) {
        this(ports, deposits, engine, clock, limits, limitLock, BookingNotifications.none(ports), safety);
    }

    /**
     * @param notifications what the client is told, written in the booking's own transaction
     * @param safety        the clinical-safety and legal gate the one booking check asks, public and staff alike
     */
    public BookAppointmentService(BookingPorts ports, BookingDeposits deposits, AvailabilityEngine engine, Clock clock,
                                  BookingLimits limits, BookingLimitLock limitLock,
                                  BookingNotifications notifications, BookingSafetyGateway safety) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.deposits = Objects.requireNonNull(deposits, "deposits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.limitLock = Objects.requireNonNull(limitLock, "limitLock");
        this.slots = new SlotBooking(ports, engine, clock, safety);
        this.appointments = new BookingEngineAppointments(ports.appointments());
    }

    @Override
    public BookingResult book(BookAppointmentCommand command) {
        return toAnonymousCaller(book(command, limits, Initiator.CLIENT, Optional.empty()));
    }

    /**
     * Anyone who knows a client's name, e-mail and date of birth can make a public booking as them, so a refusal drawn
     * from the client's stored clinical record is told in general words only: a booking form must never reveal
     * someone's medical status. Staff see the precise reason; age and process refusals stay precise for everyone.
     */
    private static BookingResult toAnonymousCaller(BookingResult result) {
        if (result instanceof BookingResult.SafetyRefused refused && CLINICAL_REASONS.contains(refused.reason())) {
            return new BookingResult.SafetyRefused(REFER_TO_CLINIC, "This treatment cannot be booked online for you. "
                    + "Please contact the clinic, who will talk it through with you.", Optional.empty());
        }
        return result;
    }

    @Override
    public BookingResult bookOnBehalf(Caller caller, BookAppointmentCommand command) {
        caller.require(Permission.APPOINTMENTS_MANAGE);
        if (!caller.tenantId().equals(command.tenant())) {
            throw new AccessDeniedException(Permission.APPOINTMENTS_MANAGE);
        }
        return book(command, BookingLimits.NONE, Initiator.CLINIC, Optional.of(caller));
    }

    /** @param staff the staff member booking on a client's behalf, who is not bound by the online booking window */
    private BookingResult book(BookAppointmentCommand command, BookingLimits applied, Initiator initiator,
                               Optional<Caller> staff) {
        OneBooking booking = new OneBooking(command, applied, initiator, staff);
        BookingResult result;
        try {
            result = booking.attempt();
        } catch (ClientIdentityTakenException e) {
            // a concurrent first booking stored the same person: this attempt now finds that client
            result = booking.attempt();
        }
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
        private final Initiator initiator;
        private final Client newClient;
        private final Optional<String> originKey;
        private final String token;
        private final Optional<Caller> staff;
        private BookingDeposits.Plan deposit = new BookingDeposits.Plan.None();

        OneBooking(BookAppointmentCommand command, BookingLimits applied, Initiator initiator,
                   Optional<Caller> staff) {
            this.command = command;
            this.applied = applied;
            this.initiator = initiator;
            this.staff = staff;
            this.newClient = ClientDetailsValidation.newClient(command.tenant(), command.client(),
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            this.originKey = command.origin().map(address -> originKey(command.tenant(), address));
            this.token = OpaqueTokens.generate(command.tenant());
        }

        BookingResult attempt() {
            return slots.attempt(command.tenant(), this::plan, this::storing, this::admission,
                    SlotBooking.choice(command.practitioner()), command.start(), Optional.empty(), subject(),
                    staff.isEmpty());
        }

        /** The client as the safety gate sees them: the stored record, if any, and the date of birth typed now. */
        SlotBooking.Subject subject() {
            return new SlotBooking.Subject(SafetyGateRequest.Stage.BOOKING,
                    () -> ports.clients().findByIdentity(ClientIdentity.of(newClient)),
                    () -> ports.clients().findSharingContact(newClient.email(), newClient.phone()).stream()
                            .filter(other -> other.email().equals(newClient.email()))
                            .map(Client::dateOfBirth).filter(newClient.dateOfBirth()::isBefore)
                            .max(Comparator.naturalOrder()).or(() -> Optional.of(newClient.dateOfBirth())),
                    staff.isPresent() ? SafetyGateRequest.Channel.STAFF : SafetyGateRequest.Channel.PUBLIC);
        }

        SlotBooking.Plan plan(long referenceDataVersion) {
            return slots.plan(command.tenant(), referenceDataVersion, command.treatment(), command.practitioner(),
                    command.location());
        }

        /**
         * Fixes the terms the client books on (the treatment's price and deposit and the clinic's cancellation window,
         * as they are now) and decides the deposit's way from them before any slot is taken, and how to store it.
         */
        SlotBooking.OnBookable storing(SlotBooking.Plan plan) {
            Treatment treatment = plan.treatment();
            BookingPolicy policy = ports.policies().get();
            AgreedTerms terms = AgreedTerms.offered(treatment, policy);
            deposit = deposits.plan(command.tenant(), terms.deposit(), terms.price());
            return (location, decision, now) -> {
                Client client = ClientIdentification.identify(ports.clients(), newClient, now);
                Optional<String> overlapReason = staff.isPresent() ? command.overlapReason() : Optional.empty();
                if (overlapReason.isEmpty() && clientBusy(client, decision.treatment(), now)) {
                    return new BookingResult.SlotUnavailable(RejectionReason.CLIENT_BUSY,
                            RejectionReason.CLIENT_BUSY.defaultMessage());
                }
                overlapReason.filter(reason -> clientBusy(client, decision.treatment(), now)).ifPresent(reason ->
                        LOG.log(System.Logger.Level.INFO, "staff user {0} booked client {1} into an overlapping "
                                + "appointment (staff override): {2}", staff.get().userId(), client.id(), reason));
                AppointmentDetails details = AppointmentDetails.from(AppointmentId.random(), command.tenant(),
                        location.id(), treatment.id(), client.id(), decision, terms);
                Appointment appointment = deposit.holdsSlot()
                        ? Appointment.hold(details, now, policy.holdDuration())
                        : Appointment.confirmed(details);
                ports.appointments().insert(appointment, OpaqueTokens.hash(token), originKey);
                notifications.booked(appointment, deposit instanceof BookingDeposits.Plan.ByCard card
                        ? Optional.of(card.amount()) : Optional.empty(), token, initiator);
                Instant start = decision.treatment().start();
                boolean outsideOnlineWindow = start.isBefore(now.plus(treatment.bookingWindow().minimumNotice()))
                        || start.isAfter(now.plus(treatment.bookingWindow().maximumAdvance()));
                staff.filter(by -> outsideOnlineWindow).ifPresent(by -> LOG.log(System.Logger.Level.INFO,
                        "staff user {0} booked appointment {1} outside the online booking window of treatment {2} "
                                + "(staff override)", by.userId(), appointment.id(), treatment.id()));
                AppointmentView view = AppointmentViews.view(new StoredAppointment(appointment, 0), treatment,
                        plan.practitioner(decision.practitioner()), location, client,
                        decision.resources().stream().map(r -> ports.resources().find(r).map(Resource::name)
                                .orElse(r.toString())).toList(), now);
                DepositInstructions instructions = deposit instanceof BookingDeposits.Plan.AtDesk desk
                        ? deposits.recordDueAtDesk(appointment.id(), desk) : new DepositInstructions.NoDeposit();
                return new BookingResult.Booked(view, token, instructions);
            };
        }

        Optional<BookingResult> admission(Instant now) {
            ClientIdentity identity = ClientIdentity.of(newClient);
            if (!applied.any()) {
                limitLock.lock(Optional.of(identity), Optional.empty());
                return Optional.empty();
            }
            return withinLimits(applied, identity, originKey, deposit.holdsSlot(), now);
        }
    }

    /**
     * Whether the client already has an appointment whose treatment time overlaps this one and still takes time (held,
     * confirmed, checked in), because a client cannot be in two rooms at once.
     */
    private boolean clientBusy(Client client, TimeRange time, Instant now) {
        return ports.appointments().calendar(time, Optional.empty(), Optional.empty()).stream()
                .map(StoredAppointment::appointment)
                .anyMatch(other -> other.details().client().equals(client.id()) && other.occupiesTimeAt(now)
                        && other.details().time().start().isBefore(time.end())
                        && time.start().isBefore(other.details().time().end()));
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
                ports.appointments().find(held.id()).ifPresent(released ->
                        notifications.cancelled(released.appointment(), Optional.empty(), Initiator.SYSTEM));
                return null;
            });
            throw new DepositUnavailableException("the card payment could not be prepared; please book again", e);
        }
    }

    /**
     * Counts what the client (by the identity rule) and the booking's network address already hold, under the limit
     * lock of that client and that address so that concurrent bookings counting the same standing count one after the
     * other.
     *
     * @param hold whether this booking would be an unpaid hold
     */
    private Optional<BookingResult> withinLimits(BookingLimits applied, ClientIdentity identity,
                                                 Optional<String> originKey, boolean hold, Instant now) {
        limitLock.lock(Optional.of(identity), originKey.filter(key -> applied.countsAddress(hold)));
        StandingBookings byClient = ports.clients().findByIdentity(identity)
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
