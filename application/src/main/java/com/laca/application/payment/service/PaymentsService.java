package com.laca.application.payment.service;

import com.laca.application.booking.port.in.BookedAppointments;
import com.laca.application.payment.port.in.DeskPaymentCommand;
import com.laca.application.payment.port.in.DeskPaymentOutcome;
import com.laca.application.payment.port.in.LedgerView;
import com.laca.application.payment.port.in.ManagePaymentsUseCase;
import com.laca.application.payment.port.in.RefundCommand;
import com.laca.application.payment.port.in.RefundOutcome;
import com.laca.application.payment.port.in.SettleDepositUseCase;
import com.laca.application.payment.port.out.ConnectedAccountRepository;
import com.laca.application.payment.port.out.IdempotencyKey;
import com.laca.application.payment.port.out.IdempotencyKeys;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.PaymentIntentRecord;
import com.laca.application.payment.port.out.PaymentIntentRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository.LockedLedger;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.application.payment.port.out.RefundRequest;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.KeyReusedException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.PaymentDeclinedException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.booking.CancellationOutcome;
import com.laca.domain.booking.DepositTreatment;
import com.laca.domain.identity.Permission;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.DepositOutcome;
import com.laca.domain.payment.DepositSettlement;
import com.laca.domain.payment.DepositSettlementPolicy;
import com.laca.domain.payment.ForfeitWaiver;
import com.laca.domain.payment.LedgerEntry;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.payment.LedgerRejection;
import com.laca.domain.payment.LedgerResult;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Staff money operations and cancellation settlement: every refund is reserved in the locked ledger before the
 * processor is called (outside the transaction), so concurrent refunds can never exceed what was captured.
 */
public final class PaymentsService implements ManagePaymentsUseCase, SettleDepositUseCase {

    /** The client key of the refund a free cancellation makes; one cancellation, one refund. */
    private static final String CANCELLATION_KEY = "cancellation";

    private final TransactionRunner transactions;
    private final PaymentLedgerRepository ledgers;
    private final PaymentIntentRepository intents;
    private final BookedAppointments appointments;
    private final ConnectedAccountRepository accounts;
    private final PaymentGateway gateway;
    private final DepositSettlementPolicy settlementPolicy = new DepositSettlementPolicy();
    private final Clock clock;

    public PaymentsService(TransactionRunner transactions, PaymentLedgerRepository ledgers,
                           PaymentIntentRepository intents, BookedAppointments appointments,
                           ConnectedAccountRepository accounts, PaymentGateway gateway, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.intents = Objects.requireNonNull(intents, "intents");
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LedgerView ledger(Caller caller, AppointmentId appointment) {
        caller.require(Permission.PAYMENTS_VIEW);
        return transactions.inTenant(caller.tenantId(), () -> {
            Optional<LockedLedger> stored = ledgers.find(appointment);
            if (stored.isPresent()) {
                return view(stored.get());
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
                return reserve(tenant, locked, earlier.get().amount(), key, command.reason(), what);
            }
            Money amount = command.amount().orElse(ledger.refundable());
            if (amount.isZero()) {
                return Reservation.rejected(new RefundOutcome.Rejected(
                        ledger.captured().isZero() ? LedgerRejection.NOTHING_CAPTURED
                                : LedgerRejection.EXCEEDS_REFUNDABLE, amount));
            }
            return reserve(tenant, locked, amount, key, command.reason(), what);
        });
        return complete(tenant, command.appointment(), reservation);
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
        return ledger.entries().stream().filter(e -> e.kind() == LedgerEntryKind.REFUND_ISSUED
                && e.reference().value().equals(key.value())).findFirst();
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
                append(command.appointment(), result);
                return new DeskPaymentOutcome.Recorded(view(locked));
            });
        } catch (RefusedDeskPayment refused) {
            return refused.outcome;
        }
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
            append(appointment, result);
            return view(locked);
        });
    }

    @Override
    public SettlementResult settle(TenantId tenant, AppointmentId appointment, CancellationOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome.deposit() == DepositTreatment.CARRY_OVER) {
            return SettlementResult.NOTHING_TO_SETTLE;
        }
        DepositOutcome depositOutcome = outcome.deposit() == DepositTreatment.REFUND ? DepositOutcome.REFUND
                : DepositOutcome.FORFEIT;
        IdempotencyKey key = IdempotencyKeys.refund(tenant, appointment, CANCELLATION_KEY);
        Reservation reservation = transactions.inTenant(tenant, () -> {
            Optional<LockedLedger> locked = ledgers.lock(appointment);
            if (locked.isEmpty()) {
                return Reservation.nothing();
            }
            PaymentLedger ledger = locked.get().ledger();
            boolean alreadyRefunded = ledger.entries().stream().anyMatch(e -> e.kind() == LedgerEntryKind.REFUND_ISSUED
                    && e.reference().value().equals(key.value()));
            if (alreadyRefunded) {
                // a repeated settlement re-sends the same refund under the same key, which the processor answers once
                return reserve(tenant, locked.get(), ledger.entries().stream()
                        .filter(e -> e.reference().value().equals(key.value())).findFirst().orElseThrow().amount(),
                        key, RefundReason.CANCELLED_IN_TIME, RefundEntries.REFUND);
            }
            DepositSettlement settlement = settlementPolicy.settle(depositOutcome, ForfeitWaiver.APPLY_POLICY, ledger);
            if (settlement instanceof DepositSettlement.Refund refund) {
                return reserve(tenant, locked.get(), refund.amount(), key, RefundReason.CANCELLED_IN_TIME,
                        RefundEntries.REFUND);
            }
            if (settlement instanceof DepositSettlement.Forfeit) {
                append(appointment, ledger.forfeitDeposit(clock.instant(),
                        PaymentReference.of("forfeit-" + appointment), outcome.name().toLowerCase()));
                return Reservation.forfeited();
            }
            return Reservation.nothing();
        });
        if (reservation.settled() != null) {
            return reservation.settled();
        }
        RefundOutcome refunded = complete(tenant, appointment, reservation);
        return refunded instanceof RefundOutcome.Refunded ? SettlementResult.REFUNDED
                : refunded instanceof RefundOutcome.Declined ? SettlementResult.REFUND_DECLINED
                : SettlementResult.NOTHING_TO_SETTLE;
    }

    /**
     * Reserves the refund in the locked ledger; a repeated key finds its earlier reservation and re-sends it.
     *
     * @param what {@link RefundEntries#REFUND} or {@link RefundEntries#FULL_REFUND}, as the request asked
     */
    private Reservation reserve(TenantId tenant, LockedLedger locked, Money amount, IdempotencyKey key,
                                RefundReason reason, String what) {
        PaymentLedger ledger = locked.ledger();
        AppointmentId appointment = ledger.appointment();
        PaymentReference reference = PaymentReference.of(key.value());
        LedgerResult result = ledger.refund(amount, clock.instant(), reference, RefundEntries.reason(what, reason));
        if (result instanceof LedgerResult.Rejected rejected) {
            return Reservation.rejected(new RefundOutcome.Rejected(rejected.reason(), rejected.available()));
        }
        if (result instanceof LedgerResult.Recorded recorded) {
            ledgers.append(appointment, recorded.entry());
        }
        Money reserved = result instanceof LedgerResult.Recorded recorded ? recorded.entry().amount()
                : ((LedgerResult.AlreadyRecorded) result).existing().amount();
        if (has(ledger, LedgerEntryKind.REFUND_FAILED, reference)) {
            return Reservation.declined(new RefundOutcome.Declined(PaymentDeclinedException.Reason.INVALID_REQUEST,
                    view(locked)));
        }
        if (has(ledger, LedgerEntryKind.REFUND_CONFIRMED, reference)) {
            return Reservation.refunded(new RefundOutcome.Refunded(reserved, view(locked)));
        }
        return Reservation.send(request(tenant, appointment, reserved, key, reason));
    }

    private RefundRequest request(TenantId tenant, AppointmentId appointment, Money amount, IdempotencyKey key,
                                  RefundReason reason) {
        PaymentIntentRecord intent = intents.findByAppointment(appointment)
                .orElseThrow(() -> new IllegalStateException("card money captured without a stored intent"));
        ConnectedAccountId account = accounts.find(tenant)
                .orElseThrow(() -> new IllegalStateException("tenant " + tenant + " has no connected account"));
        return new RefundRequest(tenant, account, intent.intent(), amount, key, reason);
    }

    private static boolean has(PaymentLedger ledger, LedgerEntryKind kind, PaymentReference reference) {
        return ledger.entries().stream().anyMatch(e -> e.kind() == kind && e.reference().equals(reference));
    }

    @Override
    public LedgerView sendPendingRefunds(Caller caller, AppointmentId appointment) {
        caller.require(Permission.PAYMENTS_REFUND);
        TenantId tenant = caller.tenantId();
        List<RefundRequest> pending = transactions.inTenant(tenant, () -> {
            PaymentLedger ledger = ledgers.lock(appointment)
                    .orElseThrow(() -> new NotFoundException("payment ledger of appointment", appointment)).ledger();
            return ledger.pendingRefunds().stream()
                    .map(entry -> request(tenant, appointment, entry.amount(),
                            new IdempotencyKey(entry.reference().value()), RefundEntries.reasonOf(entry)))
                    .toList();
        });
        for (RefundRequest request : pending) {
            complete(tenant, appointment, Reservation.send(request));
        }
        return transactions.inTenant(tenant, () -> view(ledgers.find(appointment).orElseThrow()));
    }

    /** Sends a reserved refund outside any transaction and records a decline. */
    private RefundOutcome complete(TenantId tenant, AppointmentId appointment, Reservation reservation) {
        if (reservation.answer() != null) {
            return reservation.answer();
        }
        RefundRequest request = reservation.request();
        PaymentReference reference = PaymentReference.of(request.idempotencyKey().value());
        try {
            gateway.refund(request);
        } catch (PaymentDeclinedException e) {
            return transactions.inTenant(tenant, () -> {
                LockedLedger locked = ledgers.lock(appointment).orElseThrow();
                append(appointment, locked.ledger().recordRefundFailed(reference, clock.instant(),
                        "refund declined by the processor: " + e.reason()));
                return new RefundOutcome.Declined(e.reason(), view(locked));
            });
        }
        return transactions.inTenant(tenant, () -> {
            LockedLedger locked = ledgers.lock(appointment).orElseThrow();
            append(appointment, locked.ledger().confirmRefund(reference, clock.instant()));
            return new RefundOutcome.Refunded(request.amount(), view(locked));
        });
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

    private LedgerView view(LockedLedger locked) {
        return LedgerView.of(locked.ledger(), locked.price(),
                intents.findByAppointment(locked.ledger().appointment()).map(PaymentIntentRecord::status));
    }

    private void append(AppointmentId appointment, LedgerResult result) {
        if (result instanceof LedgerResult.Recorded recorded) {
            ledgers.append(appointment, recorded.entry());
        } else if (result instanceof LedgerResult.Rejected rejected) {
            throw new ConflictException("the ledger refused the entry: " + rejected.reason());
        }
    }

    /**
     * What the locked part of a refund decided: answer at once, settle without a refund, or send a request.
     */
    private record Reservation(RefundOutcome answer, SettlementResult settled, RefundRequest request) {
        static Reservation rejected(RefundOutcome.Rejected rejected) {
            return new Reservation(rejected, SettlementResult.NOTHING_TO_SETTLE, null);
        }

        static Reservation declined(RefundOutcome.Declined declined) {
            return new Reservation(declined, SettlementResult.REFUND_DECLINED, null);
        }

        static Reservation nothing() {
            return new Reservation(null, SettlementResult.NOTHING_TO_SETTLE, null);
        }

        static Reservation refunded(RefundOutcome.Refunded refunded) {
            return new Reservation(refunded, SettlementResult.REFUNDED, null);
        }

        static Reservation forfeited() {
            return new Reservation(null, SettlementResult.FORFEITED, null);
        }

        static Reservation send(RefundRequest request) {
            return new Reservation(null, null, request);
        }
    }
}
