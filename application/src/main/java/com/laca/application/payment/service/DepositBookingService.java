package com.laca.application.payment.service;

import com.laca.application.booking.port.in.AppointmentAction;
import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.BookAppointmentUseCase;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.CalendarQuery;
import com.laca.application.booking.port.in.ManageOwnBookingUseCase;
import com.laca.application.booking.port.in.StaffCalendarUseCase;
import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.payment.port.in.CollectDepositUseCase;
import com.laca.application.payment.port.in.DepositInstructions;
import com.laca.application.payment.port.in.SettleDepositUseCase;
import com.laca.application.shared.Caller;
import com.laca.application.shared.PaymentGatewayUnavailableException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds money to the booking use cases without touching their transactions: after a booking commits it prepares
 * the deposit (card intent or desk), and after a cancellation or no-show commits it settles the deposit as the
 * cancellation policy decided; the booking services themselves never call the payment processor.
 */
public final class DepositBookingService
        implements BookAppointmentUseCase, ManageOwnBookingUseCase, StaffCalendarUseCase {

    private static final System.Logger LOG = System.getLogger(DepositBookingService.class.getName());

    private final BookAppointmentUseCase booking;
    private final ManageOwnBookingUseCase ownBooking;
    private final StaffCalendarUseCase calendar;
    private final CollectDepositUseCase deposits;
    private final SettleDepositUseCase settlement;
    private final TransactionRunner transactions;
    private final TreatmentRepository treatments;

    public DepositBookingService(BookAppointmentUseCase booking, ManageOwnBookingUseCase ownBooking,
                                 StaffCalendarUseCase calendar, CollectDepositUseCase deposits,
                                 SettleDepositUseCase settlement, TransactionRunner transactions,
                                 TreatmentRepository treatments) {
        this.booking = Objects.requireNonNull(booking, "booking");
        this.ownBooking = Objects.requireNonNull(ownBooking, "ownBooking");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.deposits = Objects.requireNonNull(deposits, "deposits");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.treatments = Objects.requireNonNull(treatments, "treatments");
    }

    @Override
    public BookingResult book(BookAppointmentCommand command) {
        return withDeposit(command.tenant(), booking.book(command));
    }

    @Override
    public BookingResult bookOnBehalf(Caller caller, BookAppointmentCommand command) {
        return withDeposit(command.tenant(), booking.bookOnBehalf(caller, command));
    }

    @Override
    public AppointmentView view(TenantId tenant, String manageToken) {
        return ownBooking.view(tenant, manageToken);
    }

    @Override
    public TransitionOutcome cancel(TenantId tenant, String manageToken) {
        return settled(tenant, ownBooking.cancel(tenant, manageToken));
    }

    @Override
    public BookingResult reschedule(TenantId tenant, String manageToken, Instant newStart,
                                    Optional<PractitionerId> practitioner) {
        return ownBooking.reschedule(tenant, manageToken, newStart, practitioner);
    }

    @Override
    public List<AppointmentView> calendar(Caller caller, CalendarQuery query) {
        return calendar.calendar(caller, query);
    }

    @Override
    public AppointmentView get(Caller caller, AppointmentId id) {
        return calendar.get(caller, id);
    }

    @Override
    public TransitionOutcome act(Caller caller, AppointmentId id, AppointmentAction action) {
        return settled(caller.tenantId(), calendar.act(caller, id, action));
    }

    private BookingResult withDeposit(TenantId tenant, BookingResult result) {
        if (!(result instanceof BookingResult.Booked booked)) {
            return result;
        }
        AppointmentView view = booked.appointment();
        Treatment treatment = transactions.inTenant(tenant, () -> treatments.find(view.treatment()))
                .orElseThrow(() -> new IllegalStateException("a booked treatment vanished"));
        DepositInstructions deposit = deposits.collect(tenant, view.id(), treatment.deposit(), treatment.price(),
                view.holdExpiresAt());
        // a hold confirmed for payment at the desk (the clinic takes no cards yet) is shown as it now stands
        AppointmentView current = deposit instanceof DepositInstructions.PayAtDesk && view.holdExpiresAt().isPresent()
                ? ownBooking.view(tenant, booked.manageToken()) : view;
        return new BookingResult.Booked(current, booked.manageToken(), deposit);
    }

    /**
     * Settles the deposit of a committed cancellation or no-show; if the processor is unreachable the refund stays
     * reserved (pending) in the ledger under its fixed key, staff send it later with
     * {@link com.laca.application.payment.port.in.ManagePaymentsUseCase#sendPendingRefunds}, and the cancellation
     * itself stands.
     */
    private TransitionOutcome settled(TenantId tenant, TransitionOutcome outcome) {
        if (outcome instanceof TransitionOutcome.Changed changed && changed.cancellation().isPresent()) {
            try {
                settlement.settle(tenant, changed.appointment().id(), changed.cancellation().get());
            } catch (PaymentGatewayUnavailableException e) {
                LOG.log(System.Logger.Level.WARNING, "deposit refund of appointment {0} is pending: the payment "
                        + "processor is unreachable; send it with POST /api/payments/appointments/{0}/pending-refunds", changed.appointment().id());
            }
        }
        return outcome;
    }
}
