package com.laca.application.payment.service;

import com.laca.application.booking.port.in.BookedAppointments;
import com.laca.application.payment.port.in.DeskPaymentCommand;
import com.laca.application.payment.port.in.DeskPaymentOutcome;
import com.laca.application.payment.port.in.LedgerView;
import com.laca.application.payment.port.in.ManagePaymentsUseCase;
import com.laca.application.payment.port.in.RefundCommand;
import com.laca.application.payment.port.in.RefundOutcome;
import com.laca.application.payment.port.out.ConnectedAccountRepository;
import com.laca.application.payment.port.out.IdempotencyKey;
import com.laca.application.payment.port.out.IdempotencyKeys;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.PaymentIntentRepository;
import com.laca.application.payment.port.out.PaymentNotices;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository.LockedLedger;
import com.laca.application.payment.port.out.RefundRequest;
import com.laca.application.payment.service.Refunds.Reservation;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.KeyReusedException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.identity.Permission;
import com.laca.domain.payment.LedgerEntry;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.payment.LedgerRejection;
import com.laca.domain.payment.LedgerResult;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Staff money operations on an appointment: every refund is reserved in the locked ledger before the processor is
 * called (outside the transaction), so concurrent refunds can never exceed what was captured.
 */
public final class ManagePaymentsService implements ManagePaymentsUseCase {

    private final TransactionRunner transactions;
    private final PaymentLedgerRepository ledgers;
    private final BookedAppointments appointments;
    private final Refunds refunds;
    private final Clock clock;

    public ManagePaymentsService(TransactionRunner transactions, PaymentLedgerRepository ledgers,
                                 PaymentIntentRepository intents, BookedAppointments appointments,
                                 ConnectedAccountRepository accounts, PaymentGateway gateway, Clock clock) {
        this(transactions, ledgers, intents, appointments, accounts, gateway, clock, PaymentNotices.NONE);
    }

    /** @param notices tells the client of each refund, in the transaction that records it */
    public ManagePaymentsService(TransactionRunner transactions, PaymentLedgerRepository ledgers,
                                 PaymentIntentRepository intents, BookedAppointments appointments,
                                 ConnectedAccountRepository accounts, PaymentGateway gateway, Clock clock,
                                 PaymentNotices notices) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refunds = new Refunds(transactions, ledgers, intents, accounts, gateway, clock, notices);
    }

    @Override
    public LedgerView ledger(Caller caller, AppointmentId appointment) {
        caller.require(Permission.PAYMENTS_VIEW);
        return transactions.inTenant(caller.tenantId(), () -> {
            Optional<LockedLedger> stored = ledgers.find(appointment);
            if (stored.isPresent()) {
                return owed(refunds.view(stored.get()));
            }
            Money price = appointments.find(appointment, clock.instant())
                    .orElseThrow(() -> new NotFoundException("appointment", appointment)).price();
            return LedgerView.of(PaymentLedger.open(appointment, price.currency()), price, Optional.empty());
        });
    }

    @Override
    public RefundOutcome refund(Caller caller, RefundCommand command) {
        caller.require(Permission.PAYMENTS_REFUND);
        TenantId tenant = caller.tenantId();
        IdempotencyKey key = IdempotencyKeys.refund(tenant, command.appointment(), command.clientKey());
        String what = command.amount().isEmpty() ? RefundEntries.FULL_REFUND : RefundEntries.REFUND;
        Reservation reservation = transactions.inTenant(tenant, () -> {
            LockedLedger locked = ledgers.lock(command.appointment())
                    .orElseThrow(() -> new NotFoundException("payment ledger of appointment", command.appointment()));
            PaymentLedger ledger = locked.ledger();
            Optional<LedgerEntry> earlier = issued(ledger, key);
            if (earlier.isPresent()) {
                requireSameRefund(earlier.get(), command);
                return earlier.get().kind() == LedgerEntryKind.REFUNDED_AT_DESK
                        ? refunds.refundAtDesk(locked, earlier.get().amount(), key, command.reason(), what)
                        : refunds.reserve(tenant, locked, earlier.get().amount(), key, command.reason(), what);
            }
            boolean atDesk = ledger.captured().isZero();
            Money amount = command.amount().orElse(atDesk ? ledger.deskRefundable() : ledger.cardRefundable());
            if (amount.isZero()) {
                return Reservation.rejected(new RefundOutcome.Rejected(
                        ledger.captured().isZero() && ledger.paidAtDesk().isZero() ? LedgerRejection.NOTHING_CAPTURED
                                : LedgerRejection.EXCEEDS_REFUNDABLE, amount));
            }
            // money taken at the desk (no card capture) is given back at the desk: no processor is involved
            return atDesk ? refunds.refundAtDesk(locked, amount, key, command.reason(), what)
                    : refunds.reserve(tenant, locked, amount, key, command.reason(), what);
        });
        return withSettledBalance(tenant, refunds.complete(tenant, command.appointment(), reservation));
    }

    /** Statuses after which the treatment's price is no longer owed, so the balance due reads zero. */
    private static final java.util.Set<AppointmentStatus> NOTHING_OWED = java.util.EnumSet.of(
            AppointmentStatus.CANCELLED, AppointmentStatus.EXPIRED, AppointmentStatus.NO_SHOW);

    /**
     * The view with the balance due the appointment's status implies: a cancelled, lapsed or missed appointment owes
     * nothing more, however much was refunded, so the figures a screen shows agree with each other.
     */
    private LedgerView owed(LedgerView view) {
        boolean over = appointments.find(view.appointment(), clock.instant())
                .map(appointment -> NOTHING_OWED.contains(appointment.status())).orElse(false);
        return over ? view.withNothingDue() : view;
    }

    private RefundOutcome withSettledBalance(TenantId tenant, RefundOutcome outcome) {
        if (outcome instanceof RefundOutcome.Refunded refunded) {
            return new RefundOutcome.Refunded(refunded.amount(),
                    transactions.inTenant(tenant, () -> owed(refunded.ledger())));
        }
        if (outcome instanceof RefundOutcome.Declined declined) {
            return new RefundOutcome.Declined(declined.reason(),
                    transactions.inTenant(tenant, () -> owed(declined.ledger())));
        }
        return outcome;
    }

    /**
     * A key comes back with the request it was first sent with (a retry, answered as the first time) or it is a
     * different refund under a reused key, refused so the mistake is seen rather than answered with the first result.
     */
    private static void requireSameRefund(LedgerEntry earlier, RefundCommand command) {
        boolean full = RefundEntries.isFull(earlier);
        boolean sameAmount = command.amount().map(amount -> !full && amount.equals(earlier.amount())).orElse(full);
        if (!sameAmount || RefundEntries.reasonOf(earlier) != command.reason()) {
            throw new KeyReusedException("This Idempotency-Key was first used for a " + (full ? "full " : "")
                    + "refund of " + earlier.amount().formatted() + " (" + RefundEntries.reasonOf(earlier)
                    + "); send the same request to repeat it, or a new key for a different refund.");
        }
    }

    private static Optional<LedgerEntry> issued(PaymentLedger ledger, IdempotencyKey key) {
        return ledger.entries().stream().filter(e -> (e.kind() == LedgerEntryKind.REFUND_ISSUED
                || e.kind() == LedgerEntryKind.REFUNDED_AT_DESK) && e.reference().value().equals(key.value()))
                .findFirst();
    }

    @Override
    public DeskPaymentOutcome recordDeskPayment(Caller caller, DeskPaymentCommand command) {
        caller.require(Permission.PAYMENTS_TAKE);
        try {
            return transactions.inTenant(caller.tenantId(), () -> {
                Instant now = clock.instant();
                LockedLedger locked = lockOrOpen(command.appointment(), now);
                LedgerResult result = locked.ledger().recordBalancePaidAtDesk(command.amount(), locked.price(), now,
                        command.receipt(), "paid at the desk");
                if (result instanceof LedgerResult.Rejected rejected) {
                    throw refusedDeskPayment(command, rejected);
                }
                refunds.append(command.appointment(), result);
                confirmHoldPaidAtDesk(command.appointment(), locked.ledger(), now);
                return new DeskPaymentOutcome.Recorded(owed(refunds.view(locked)));
            });
        } catch (RefusedDeskPayment refused) {
            return refused.outcome;
        }
    }

    /**
     * A hold whose deposit is now paid at the desk is confirmed in the same transaction as the payment, so a phone
     * booking paid at the desk never lapses while the ledger keeps its money; a hold that has already lapsed is not
     * revived, and the payment is refused (rolled back) rather than kept for an appointment that is gone.
     */
    private void confirmHoldPaidAtDesk(AppointmentId appointment, PaymentLedger ledger, Instant now) {
        Optional<BookedAppointments.BookedAppointment> booked = appointments.find(appointment, now);
        if (booked.isEmpty()) {
            return;
        }
        AppointmentStatus status = booked.get().status();
        if (status == AppointmentStatus.EXPIRED) {
            throw new ConflictException("The hold on this appointment lapsed before the deposit was paid, and a lapsed "
                    + "hold is not revived; book the appointment again, then take the payment.");
        }
        if (status != AppointmentStatus.HELD || depositAsked(ledger).isGreaterThan(ledger.clinicRevenue())) {
            return;
        }
        if (appointments.confirmPaid(appointment, now) instanceof BookedAppointments.PaidConfirmation.CannotKeep
                cannotKeep) {
            throw new ConflictException("This appointment cannot be confirmed (" + cannotKeep.why()
                    + "); book it again, then take the payment.");
        }
    }

    /** The deposit this appointment was asked for, by card or at the desk; zero when none was. */
    private static Money depositAsked(PaymentLedger ledger) {
        return ledger.entries().stream()
                .filter(e -> e.kind() == LedgerEntryKind.DEPOSIT_REQUESTED
                        || e.kind() == LedgerEntryKind.DEPOSIT_DUE_AT_DESK)
                .map(LedgerEntry::amount)
                .reduce(Money.zero(ledger.currency()), (a, b) -> a.isGreaterThan(b) ? a : b);
    }

    /** Thrown inside the transaction so that a ledger opened for a refused payment is rolled back with it. */
    private static RuntimeException refusedDeskPayment(DeskPaymentCommand command, LedgerResult.Rejected rejected) {
        if (rejected.reason() == LedgerRejection.REFERENCE_REUSED) {
            return new KeyReusedException("Receipt " + command.receipt() + " was recorded for "
                    + rejected.available().formatted() + "; a different payment needs its own receipt number.");
        }
        return new RefusedDeskPayment(new DeskPaymentOutcome.ExceedsBalanceDue(rejected.available()));
    }

    /** Carries a refused desk payment out of its rolled-back transaction. */
    private static final class RefusedDeskPayment extends RuntimeException {
        private final transient DeskPaymentOutcome outcome;

        RefusedDeskPayment(DeskPaymentOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    @Override
    public LedgerView waiveForfeit(Caller caller, AppointmentId appointment, String reason) {
        caller.require(Permission.PAYMENTS_REFUND);
        Objects.requireNonNull(reason, "reason");
        return transactions.inTenant(caller.tenantId(), () -> {
            LockedLedger locked = ledgers.lock(appointment)
                    .orElseThrow(() -> new NotFoundException("payment ledger of appointment", appointment));
            PaymentLedger ledger = locked.ledger();
            long earlier = ledger.entries().stream().filter(e -> e.kind() == LedgerEntryKind.FORFEIT_WAIVED).count();
            LedgerResult result = ledger.waiveForfeit(clock.instant(),
                    PaymentReference.of("waiver-" + appointment + "-" + (earlier + 1)),
                    reason.isBlank() ? "forfeit waived by the clinic" : reason);
            if (result instanceof LedgerResult.Rejected) {
                throw new ConflictException("nothing is forfeited on this appointment");
            }
            refunds.append(appointment, result);
            return owed(refunds.view(locked));
        });
    }

    @Override
    public LedgerView sendPendingRefunds(Caller caller, AppointmentId appointment) {
        caller.require(Permission.PAYMENTS_REFUND);
        TenantId tenant = caller.tenantId();
        List<RefundRequest> pending = transactions.inTenant(tenant, () -> {
            PaymentLedger ledger = ledgers.lock(appointment)
                    .orElseThrow(() -> new NotFoundException("payment ledger of appointment", appointment)).ledger();
            return ledger.pendingRefunds().stream()
                    .map(entry -> refunds.request(tenant, appointment, entry.amount(),
                            new IdempotencyKey(entry.reference().value()), RefundEntries.reasonOf(entry)))
                    .toList();
        });
        for (RefundRequest request : pending) {
            refunds.complete(tenant, appointment, Reservation.send(request));
        }
        return transactions.inTenant(tenant, () -> refunds.view(ledgers.find(appointment).orElseThrow()));
    }

    private LockedLedger lockOrOpen(AppointmentId appointment, Instant now) {
        Optional<LockedLedger> locked = ledgers.lock(appointment);
        if (locked.isPresent()) {
            return locked.get();
        }
        Money price = appointments.find(appointment, now)
                .orElseThrow(() -> new NotFoundException("appointment", appointment)).price();
        return ledgers.lockOrOpen(appointment, price);
    }
}
