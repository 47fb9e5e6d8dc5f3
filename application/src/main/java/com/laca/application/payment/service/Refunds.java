package com.laca.application.payment.service;

import com.laca.application.payment.port.in.LedgerView;
import com.laca.application.payment.port.in.RefundOutcome;
import com.laca.application.payment.port.out.ConnectedAccountRepository;
import com.laca.application.payment.port.out.IdempotencyKey;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.PaymentIntentRecord;
import com.laca.application.payment.port.out.PaymentIntentRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository.LockedLedger;
import com.laca.application.payment.port.out.PaymentNotices;
import com.laca.application.payment.port.out.RefundRequest;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.PaymentDeclinedException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.payment.LedgerResult;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import java.time.Clock;
import java.util.Objects;

/**
 * How a refund is made, for staff refunds and for settling a cancellation alike: reserved in the locked ledger first,
 * then sent to the processor outside any transaction, then its answer recorded, so concurrent refunds can never
 * exceed what was captured and a refund re-sent after an outage goes under its first key and reason.
 */
final class Refunds {

    private final TransactionRunner transactions;
    private final PaymentLedgerRepository ledgers;
    private final PaymentIntentRepository intents;
    private final ConnectedAccountRepository accounts;
    private final PaymentGateway gateway;
    private final Clock clock;
    private final PaymentNotices notices;

    Refunds(TransactionRunner transactions, PaymentLedgerRepository ledgers, PaymentIntentRepository intents,
            ConnectedAccountRepository accounts, PaymentGateway gateway, Clock clock, PaymentNotices notices) {
        this.notices = Objects.requireNonNull(notices, "notices");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.intents = Objects.requireNonNull(intents, "intents");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reserves the refund in the locked ledger; a repeated key finds its earlier reservation and re-sends it. Runs
     * inside the caller's transaction.
     *
     * @param what {@link RefundEntries#REFUND} or {@link RefundEntries#FULL_REFUND}, as the request asked
     */
    Reservation reserve(TenantId tenant, LockedLedger locked, Money amount, IdempotencyKey key, RefundReason reason,
                        String what) {
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

    /**
     * Records a refund of desk money as given back at the desk, at once and in the caller's transaction, because no
     * processor is involved; a repeated key finds its earlier entry.
     */
    Reservation refundAtDesk(LockedLedger locked, Money amount, IdempotencyKey key, RefundReason reason, String what) {
        PaymentLedger ledger = locked.ledger();
        LedgerResult result = ledger.refundAtDesk(amount, clock.instant(), PaymentReference.of(key.value()),
                RefundEntries.reason(what, reason));
        if (result instanceof LedgerResult.Rejected rejected) {
            return Reservation.rejected(new RefundOutcome.Rejected(rejected.reason(), rejected.available()));
        }
        if (result instanceof LedgerResult.Recorded recorded) {
            ledgers.append(ledger.appointment(), recorded.entry());
            notices.refundIssued(ledger.appointment(), recorded.entry().amount());
        }
        Money given = result instanceof LedgerResult.Recorded recorded ? recorded.entry().amount()
                : ((LedgerResult.AlreadyRecorded) result).existing().amount();
        return Reservation.refunded(new RefundOutcome.Refunded(given, view(locked)));
    }

    /** The processor's request for a reserved refund, on the clinic's account and against the appointment's intent. */
    RefundRequest request(TenantId tenant, AppointmentId appointment, Money amount, IdempotencyKey key,
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

    /** Sends a reserved refund outside any transaction and records the processor's answer. */
    RefundOutcome complete(TenantId tenant, AppointmentId appointment, Reservation reservation) {
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
            LedgerResult confirmed = locked.ledger().confirmRefund(reference, clock.instant());
            append(appointment, confirmed);
            if (confirmed instanceof LedgerResult.Recorded) {
                notices.refundIssued(appointment, request.amount());
            }
            return new RefundOutcome.Refunded(request.amount(), view(locked));
        });
    }

    LedgerView view(LockedLedger locked) {
        return LedgerView.of(locked.ledger(), locked.price(),
                intents.findByAppointment(locked.ledger().appointment()).map(PaymentIntentRecord::status));
    }

    void append(AppointmentId appointment, LedgerResult result) {
        if (result instanceof LedgerResult.Recorded recorded) {
            ledgers.append(appointment, recorded.entry());
        } else if (result instanceof LedgerResult.Rejected rejected) {
            throw new ConflictException("the ledger refused the entry: " + rejected.reason());
        }
    }

    /**
     * What the locked part of a refund decided: answer at once, settle without a refund, or send a request.
     */
    record Reservation(RefundOutcome answer, SettlementResult settled, RefundRequest request) {
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
