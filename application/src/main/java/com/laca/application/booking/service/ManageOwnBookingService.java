package com.laca.application.booking.service;

import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.ManageOwnBookingUseCase;
import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.application.booking.port.out.BookingSafetyGateway;
import com.laca.application.booking.port.out.SafetyGateRequest;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.payment.service.DepositSettlementService;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.OpaqueTokens;
import com.laca.application.booking.port.out.DeskRecordRepository;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.CancellationRecord;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.TransitionResult;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.scheduling.BookingDecision;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.notification.Initiator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client does with the private manage token of their booking: see it, cancel it (its deposit is then settled
 * as the cancellation terms agreed at booking say, after the cancellation commits), or move it to another offered
 * slot, which may be given to any qualified practitioner when none is asked for, as a booking is.
 */
public final class ManageOwnBookingService implements ManageOwnBookingUseCase {

    private final BookingPorts ports;
    private final SlotBooking slots;
    private final AppointmentViews views;
    private final DepositSettling settling;
    private final Clock clock;
    private final BookingNotifications notifications;
    private final Optional<DeskRecordRepository> deskRecords;

    public ManageOwnBookingService(BookingPorts ports, DepositSettlementService settlement, AvailabilityEngine engine,
                                   Clock clock) {
        this(ports, settlement, engine, clock, BookingNotifications.none(ports), BookingSafetyGateway.NONE);
    }

    /** @param notifications what the client is told, written in the change's own transaction */
    public ManageOwnBookingService(BookingPorts ports, DepositSettlementService settlement, AvailabilityEngine engine,
                                   Clock clock, BookingNotifications notifications) {
        this(ports, settlement, engine, clock, notifications, BookingSafetyGateway.NONE);
    }

    /** @param safety the clinical-safety and legal gate a move is checked against, as a new booking is */
    public ManageOwnBookingService(BookingPorts ports, DepositSettlementService settlement, AvailabilityEngine engine,
                                   Clock clock, BookingSafetyGateway safety) {
        this(ports, settlement, engine, clock, BookingNotifications.none(ports), safety);
    }

    /**
     * @param notifications what the client is told, written in the change's own transaction
     * @param safety        the clinical-safety and legal gate a move is checked against, as a new booking is
     */
    public ManageOwnBookingService(BookingPorts ports, DepositSettlementService settlement, AvailabilityEngine engine,
                                   Clock clock, BookingNotifications notifications, BookingSafetyGateway safety) {
        this(ports, settlement, engine, clock, notifications, safety, Optional.empty());
    }

    /**
     * @param notifications what the client is told, written in the change's own transaction
     * @param safety        the clinical-safety and legal gate a move is checked against, as a new booking is
     * @param deskRecords   where a client's own cancellation is recorded for the desk (as the client's request)
     */
    public ManageOwnBookingService(BookingPorts ports, DepositSettlementService settlement, AvailabilityEngine engine,
                                   Clock clock, BookingNotifications notifications, BookingSafetyGateway safety,
                                   DeskRecordRepository deskRecords) {
        this(ports, settlement, engine, clock, notifications, safety, Optional.of(deskRecords));
    }

    private ManageOwnBookingService(BookingPorts ports, DepositSettlementService settlement, AvailabilityEngine engine,
                                    Clock clock, BookingNotifications notifications, BookingSafetyGateway safety,
                                    Optional<DeskRecordRepository> deskRecords) {
        this.deskRecords = Objects.requireNonNull(deskRecords, "deskRecords");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.slots = new SlotBooking(ports, engine, clock, safety);
        this.views = ports.views();
        this.settling = new DepositSettling(settlement);
    }

    @Override
    public AppointmentView view(TenantId tenant, String manageToken) {
        return ports.tx().inTenant(tenant, () -> views.of(byToken(tenant, manageToken), clock.instant()));
    }

    @Override
    public TransitionOutcome cancel(TenantId tenant, String manageToken) {
        return settling.settled(tenant, ports.tx().inTenant(tenant, () -> {
            StoredAppointment stored = byToken(tenant, manageToken);
            Instant now = clock.instant();
            TransitionResult result = stored.appointment().cancel(now);
            if (result instanceof TransitionResult.Refused refused) {
                return new TransitionOutcome.Refused(refused.reason(), refused.message());
            }
            Appointment cancelled = ((TransitionResult.Applied) result).appointment();
            StoredAppointment saved = ports.appointments().update(cancelled, stored.version());
            notifications.cancelled(cancelled, Optional.of(manageToken), Initiator.CLIENT);
            deskRecords.ifPresent(records -> records.recordCancellation(
                    CancellationRecord.byClient(cancelled.id(), now)));
            return new TransitionOutcome.Changed(views.of(saved, now),
                    Optional.of(cancelled.cancellationOutcome(now)));
        }));
    }

    @Override
    public BookingResult reschedule(TenantId tenant, String manageToken, Instant newStart,
                                    Optional<PractitionerId> practitioner) {
        StoredAppointment current = ports.tx().inTenant(tenant, () -> byToken(tenant, manageToken));
        Optional<BookingResult.Refused> unmovable = refusalToMove(current.appointment(), clock.instant());
        if (unmovable.isPresent()) {
            return unmovable.get();
        }
        AppointmentDetails details = current.appointment().details();
        return slots.attempt(tenant, version -> {
                    Treatment treatment = ports.treatments().find(details.treatment())
                            .orElseThrow(() -> new NotFoundException("treatment", details.treatment()));
                    return slots.plan(treatment, practitioner, Optional.of(details.location()), false);
                }, plan -> (location, decision, now) -> {
                    StoredAppointment stored = byToken(tenant, manageToken);
                    TransitionResult result = stored.appointment().reschedule(decision, now);
                    if (result instanceof TransitionResult.Refused refused) {
                        return new BookingResult.Refused(refused.reason(), refused.message());
                    }
                    StoredAppointment saved = ports.appointments()
                            .update(((TransitionResult.Applied) result).appointment(), stored.version());
                    notifications.rescheduled(saved.appointment(), stored.appointment().details().time().start(),
                            Optional.of(manageToken), Initiator.CLIENT);
                    return new BookingResult.Booked(views.of(saved, now), manageToken);
                }, SlotBooking.Admission.ANY, SlotBooking.choice(practitioner), newStart,
                Optional.of(OpaqueTokens.hash(manageToken)),
                new SlotBooking.Subject(SafetyGateRequest.Stage.RESCHEDULE,
                        () -> ports.clients().findAll(List.of(details.client())).stream().findFirst(),
                        Optional::empty));
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
}
