package com.laca.application.booking.service;

import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.RescheduleAppointmentUseCase;
import com.laca.application.booking.port.out.BookingSafetyGateway;
import com.laca.application.booking.port.out.SafetyGateRequest;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.TransitionResult;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Permission;
import com.laca.domain.notification.Initiator;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.scheduling.BookingDecision;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Staff move an appointment by its id, through the same {@link SlotBooking} as a client's own reschedule, so the
 * rules cannot differ; the appointment keeps its id, and so its payment ledger: whatever was paid carries over.
 */
public final class RescheduleAppointmentService implements RescheduleAppointmentUseCase {

    private final OwnAppointments own;
    private final BookingPorts ports;
    private final SlotBooking slots;
    private final AppointmentViews views;
    private final Clock clock;
    private final BookingNotifications notifications;

    public RescheduleAppointmentService(BookingPorts ports, AvailabilityEngine engine, Clock clock) {
        this(ports, engine, clock, BookingSafetyGateway.NONE, BookingNotifications.none(ports));
    }

    /**
     * @param safety        the clinical-safety and legal gate a move is checked against, as a new booking is
     * @param notifications what the client is told of the move, written in the move's own transaction
     */
    public RescheduleAppointmentService(BookingPorts ports, AvailabilityEngine engine, Clock clock,
                                        BookingSafetyGateway safety, BookingNotifications notifications) {
        this(ports, engine, clock, safety, notifications, OwnAppointments.unlinked());
    }

    /**
     * @param safety        the clinical-safety and legal gate a move is checked against, as a new booking is
     * @param notifications what the client is told of the move, written in the move's own transaction
     * @param own           whose appointments a caller may move, and to whom
     */
    public RescheduleAppointmentService(BookingPorts ports, AvailabilityEngine engine, Clock clock,
                                        BookingSafetyGateway safety, BookingNotifications notifications,
                                        OwnAppointments own) {
        this.own = Objects.requireNonNull(own, "own");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.slots = new SlotBooking(ports, engine, clock, safety);
        this.views = ports.views();
    }

    @Override
    public BookingResult reschedule(Caller caller, AppointmentId appointment, Instant newStart,
                                    Optional<PractitionerId> practitioner) {
        caller.require(Permission.APPOINTMENTS_MANAGE);
        TenantId tenant = caller.tenantId();
        StoredAppointment current = ports.tx().inTenant(tenant, () -> {
            StoredAppointment found = find(appointment);
            own.requireMayAct(caller, found.appointment().details());
            return found;
        });
        AppointmentDetails details = current.appointment().details();
        BookingDecision.Bookable whereItIs = new BookingDecision.Bookable(details.practitioner(), details.resources(),
                details.time(), details.occupied());
        if (current.appointment().reschedule(whereItIs, clock.instant())
                instanceof TransitionResult.Refused refused) {
            return new BookingResult.Refused(refused.reason(), refused.message());
        }
        return slots.attemptMoving(tenant, version -> {
                    Treatment treatment = ports.treatments().find(details.treatment())
                            .orElseThrow(() -> new NotFoundException("treatment", details.treatment()));
                    return slots.plan(treatment, practitioner, Optional.of(details.location()), false);
                }, plan -> (location, decision, now) -> {
                    StoredAppointment stored = find(appointment);
                    TransitionResult result = stored.appointment().reschedule(decision, now);
                    if (result instanceof TransitionResult.Refused refused) {
                        return new BookingResult.Refused(refused.reason(), refused.message());
                    }
                    own.requireMayAct(caller, ((TransitionResult.Applied) result).appointment().details());
                    StoredAppointment saved = ports.appointments()
                            .update(((TransitionResult.Applied) result).appointment(), stored.version());
                    notifications.rescheduled(saved.appointment(), stored.appointment().details().time().start(),
                            Optional.empty(), Initiator.CLINIC);
                    return new BookingResult.Booked(views.of(saved, now), null);
                }, SlotBooking.choice(practitioner), newStart, appointment,
                new SlotBooking.Subject(SafetyGateRequest.Stage.RESCHEDULE,
                        () -> ports.clients().findAll(List.of(details.client())).stream().findFirst(),
                        Optional::empty, SafetyGateRequest.Channel.STAFF));
    }

    private StoredAppointment find(AppointmentId id) {
        return ports.appointments().find(id).orElseThrow(() -> new NotFoundException("appointment", id));
    }
}
