package com.laca.application.booking.service;

import com.laca.application.booking.port.in.AppointmentAction;
import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.in.CalendarQuery;
import com.laca.application.booking.port.in.StaffCalendarUseCase;
import com.laca.application.booking.port.in.StaffCancellation;
import com.laca.application.booking.port.out.DeskRecordRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.booking.AppointmentNote;
import com.laca.domain.booking.CancellationRecord;
import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.application.booking.port.out.BookingSafetyGateway;
import com.laca.application.booking.port.out.CheckInGateway;
import com.laca.application.booking.port.out.SafetyGateRequest;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.payment.service.DepositSettlementService;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.scheduling.GateRefusal;
import com.laca.domain.booking.CancellationOutcome;
import com.laca.domain.booking.TransitionResult;
import com.laca.domain.identity.Permission;
import com.laca.domain.identity.PermissionMatrix;
import com.laca.domain.scheduling.AvailabilityQuery;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.notification.Initiator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The clinic's day: the calendar, and the front desk's lifecycle actions applied through the appointment's own state
 * machine, so an illegal step is refused with the domain's reason rather than silently stored; a cancellation or a
 * no-show has its deposit settled as the cancellation policy says once it is committed.
 */
public final class StaffCalendarService implements StaffCalendarUseCase {

    private final OwnAppointments own;
    private final BookingPorts ports;
    private final AppointmentViews views;
    private final DepositSettling settling;
    private final Clock clock;
    private final BookingNotifications notifications;
    private final Duration checkInOpensBefore;
    private final BookingSafetyGateway safety;
    private final CheckInGateway checkIn;
    private final DeskDetails desk;

    public StaffCalendarService(BookingPorts ports, DepositSettlementService settlement, Clock clock) {
        this(ports, settlement, clock, Appointment.CHECK_IN_OPENS_BEFORE, BookingNotifications.none(ports));
    }

    /**
     * @param checkInOpensBefore how long before the start the desk may check a client in (the clinic's setting)
     * @param notifications      what the client is told when the clinic cancels, written in the change's own transaction
     */
    public StaffCalendarService(BookingPorts ports, DepositSettlementService settlement, Clock clock,
                                Duration checkInOpensBefore, BookingNotifications notifications) {
        this(ports, settlement, clock, checkInOpensBefore, notifications, OwnAppointments.unlinked());
    }

    /**
     * @param checkInOpensBefore how long before the start the desk may check a client in (the clinic's setting)
     * @param notifications      what the client is told when the clinic cancels, written in the change's own transaction
     * @param own                whose appointments a caller may act on and sees by default
     */
    public StaffCalendarService(BookingPorts ports, DepositSettlementService settlement, Clock clock,
                                Duration checkInOpensBefore, BookingNotifications notifications, OwnAppointments own) {
        this(ports, settlement, clock, checkInOpensBefore, notifications, BookingSafetyGateway.NONE,
                CheckInGateway.NONE, own);
    }

    /**
     * @param safety  the clinical-safety gate, run again at check-in
     * @param checkIn what else check-in needs (a signed consent), and where it is recorded
     * @param own     whose appointments a caller may act on and sees by default
     */
    public StaffCalendarService(BookingPorts ports, DepositSettlementService settlement, Clock clock,
                                Duration checkInOpensBefore, BookingNotifications notifications,
                                BookingSafetyGateway safety, CheckInGateway checkIn, OwnAppointments own) {
        this(ports, settlement, clock, checkInOpensBefore, notifications, safety, checkIn, own,
                new DeskDetails(DeskRecordRepository.NONE, Optional.empty()));
    }

    /**
     * @param safety      the clinical-safety gate, run again at check-in
     * @param checkIn     what else check-in needs (a signed consent), and where it is recorded
     * @param own         whose appointments a caller may act on and sees by default
     * @param deskRecords where cancellation reasons and appointment notes are kept
     * @param ledgers     the payment ledgers the calendar reads each deposit's status from
     */
    public StaffCalendarService(BookingPorts ports, DepositSettlementService settlement, Clock clock,
                                Duration checkInOpensBefore, BookingNotifications notifications,
                                BookingSafetyGateway safety, CheckInGateway checkIn, OwnAppointments own,
                                DeskRecordRepository deskRecords, PaymentLedgerRepository ledgers) {
        this(ports, settlement, clock, checkInOpensBefore, notifications, safety, checkIn, own,
                new DeskDetails(deskRecords, Optional.of(ledgers)));
    }

    private StaffCalendarService(BookingPorts ports, DepositSettlementService settlement, Clock clock,
                                 Duration checkInOpensBefore, BookingNotifications notifications,
                                 BookingSafetyGateway safety, CheckInGateway checkIn, OwnAppointments own,
                                 DeskDetails desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.safety = Objects.requireNonNull(safety, "safety");
        this.checkIn = Objects.requireNonNull(checkIn, "checkIn");
        this.own = Objects.requireNonNull(own, "own");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.checkInOpensBefore = Objects.requireNonNull(checkInOpensBefore, "checkInOpensBefore");
        if (checkInOpensBefore.isNegative()) {
            throw new IllegalArgumentException("the check-in window must not be negative");
        }
        this.ports = Objects.requireNonNull(ports, "ports");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.views = ports.views();
        this.settling = new DepositSettling(settlement);
    }

    /** Local dates are read in the location's zone, or the clinic's own zone for the whole clinic. */
    @Override
    public List<AppointmentView> calendar(Caller caller, CalendarQuery query) {
        caller.require(Permission.APPOINTMENTS_VIEW);
        DateRanges.requireValid(query.from(), query.to(), AvailabilityQuery.MAX_DAYS);
        return ports.tx().inTenant(caller.tenantId(), () -> {
            ZoneId zone = query.location().isPresent()
                    ? ports.locations().find(query.location().get())
                    .orElseThrow(() -> new NotFoundException("location", query.location().get())).zone()
                    : ports.tenants().findById(caller.tenantId()).map(Tenant::zone).orElseThrow();
            Optional<PractitionerId> practitioner = query.practitioner().isPresent() ? query.practitioner()
                    : own.defaultPractitioner(caller);
            List<StoredAppointment> stored = ports.appointments().calendar(
                    DateRanges.span(query.from(), query.to(), zone), practitioner, query.location());
            return desk.of(views.of(stored, clock.instant())).stream().map(view -> forReader(caller, view)).toList();
        });
    }

    /**
     * The view as this caller may read it: the notes and a cancellation's words only for roles that act on
     * appointments or read clinical records, since they may carry health details; finance sees codes, not words.
     */
    private static AppointmentView forReader(Caller caller, AppointmentView view) {
        boolean mayReadFreeText = PermissionMatrix.allowsAny(caller.roles(), Permission.APPOINTMENTS_MANAGE)
                || PermissionMatrix.allowsAny(caller.roles(), Permission.CLINICAL_READ);
        return mayReadFreeText ? view : view.withoutFreeText();
    }

    @Override
    public AppointmentView get(Caller caller, AppointmentId id) {
        caller.require(Permission.APPOINTMENTS_VIEW);
        return ports.tx().inTenant(caller.tenantId(),
                () -> forReader(caller, desk.of(views.of(find(id), clock.instant()))));
    }

    /** Cancelling goes through {@link #cancel}, never here, so no cancelled slot is left without a reason. */
    @Override
    public TransitionOutcome act(Caller caller, AppointmentId id, AppointmentAction action) {
        if (action == AppointmentAction.CANCEL) {
            throw new IllegalArgumentException("a cancellation needs a reason: use cancel(caller, id, why)");
        }
        return change(caller, id, action, Optional.empty());
    }

    /** Cancels as {@link #act} does and records, in the same transaction, who cancelled and why. */
    @Override
    public TransitionOutcome cancel(Caller caller, AppointmentId id, StaffCancellation why) {
        return change(caller, id, AppointmentAction.CANCEL, Optional.of(why));
    }

    /** Appends a staff-only note; the caller must be allowed to act on the appointment. */
    @Override
    public AppointmentView addNote(Caller caller, AppointmentId id, String text) {
        caller.require(Permission.APPOINTMENTS_MANAGE);
        return ports.tx().inTenant(caller.tenantId(), () -> {
            StoredAppointment stored = find(id);
            own.requireMayAct(caller, stored.appointment().details());
            Instant now = clock.instant();
            AppointmentNote note;
            try {
                note = new AppointmentNote(UUID.randomUUID(), id, text, caller.userId(), now);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("text", e.getMessage());
            }
            desk.records().addNote(note);
            return desk.of(views.of(stored, now));
        });
    }

    private TransitionOutcome change(Caller caller, AppointmentId id, AppointmentAction action,
                                     Optional<StaffCancellation> why) {
        caller.require(Permission.APPOINTMENTS_MANAGE);
        return settling.settled(caller.tenantId(), ports.tx().inTenant(caller.tenantId(), () -> {
            StoredAppointment stored = find(id);
            Appointment appointment = stored.appointment();
            own.requireMayAct(caller, appointment.details());
            Instant now = clock.instant();
            TransitionResult result = switch (action) {
                case CHECK_IN -> appointment.checkIn(now, checkInOpensBefore);
                case COMPLETE -> appointment.complete(now);
                case NO_SHOW -> appointment.markNoShow(now);
                case CANCEL -> appointment.cancel(now);
            };
            if (result instanceof TransitionResult.Refused refused) {
                return new TransitionOutcome.Refused(refused.reason(), refused.message());
            }
            if (action == AppointmentAction.CHECK_IN) {
                Optional<CheckInGateway.Refusal> blocked = checkInRefusal(caller, appointment, now);
                if (blocked.isPresent()) {
                    return new TransitionOutcome.Blocked(blocked.get().reason(), blocked.get().message());
                }
            }
            StoredAppointment saved = ports.appointments()
                    .update(((TransitionResult.Applied) result).appointment(), stored.version());
            if (action == AppointmentAction.CANCEL) {
                desk.records().recordCancellation(record(id, why.orElseThrow(), caller, now));
                notifications.cancelled(saved.appointment(), Optional.empty(), Initiator.CLINIC);
            }
            if (action == AppointmentAction.CHECK_IN) {
                checkIn.checkedIn(caller.tenantId(), saved.appointment(), "user:" + caller.userId(), now);
            }
            return new TransitionOutcome.Changed(desk.of(views.of(saved, now)), outcome(action, appointment, now));
        }));
    }

    /**
     * The safety policy asked again for the client, treatment and practitioner (a screening or deferral may have
     * changed since booking), then the consent the treatment needs; the first refusal wins.
     */
    private Optional<CheckInGateway.Refusal> checkInRefusal(Caller caller, Appointment appointment, Instant now) {
        AppointmentDetails details = appointment.details();
        Optional<Treatment> treatment = ports.treatments().find(details.treatment());
        Optional<Location> location = ports.locations().find(details.location());
        if (treatment.isPresent() && location.isPresent()) {
            Optional<Client> client = ports.clients().findAll(List.of(details.client())).stream().findFirst();
            Optional<GateRefusal> refusal = safety.gateFor(new SafetyGateRequest(caller.tenantId(),
                    SafetyGateRequest.Stage.CHECK_IN, treatment.get(), location.get(), client, Optional.empty(), now,
                    SafetyGateRequest.Channel.STAFF))
                    .refuse(details.practitioner(), details.time().start());
            if (refusal.isPresent()) {
                return Optional.of(new CheckInGateway.Refusal(refusal.get().code(), refusal.get().explanation()));
            }
        }
        return checkIn.refuse(caller.tenantId(), appointment, now);
    }

    /** The record of a staff cancellation; a reason the record refuses (OTHER without words) is the caller's error. */
    private static CancellationRecord record(AppointmentId id, StaffCancellation why, Caller caller, Instant now) {
        try {
            return CancellationRecord.byStaff(id, why.reason(), why.detail(), caller.userId(), now);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("detail", e.getMessage());
        }
    }

    /** What the cancellation terms agreed at booking say about the deposit, for the actions that concern it. */
    private Optional<CancellationOutcome> outcome(AppointmentAction action, Appointment appointment, Instant now) {
        return switch (action) {
            case CANCEL -> Optional.of(appointment.cancellationOutcome(now));
            case NO_SHOW -> Optional.of(appointment.details().terms().cancellation().onNoShow());
            case CHECK_IN, COMPLETE -> Optional.empty();
        };
    }

    private StoredAppointment find(AppointmentId id) {
        return ports.appointments().find(id).orElseThrow(() -> new NotFoundException("appointment", id));
    }
}
