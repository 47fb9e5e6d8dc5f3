package com.laca.application.payment.service;

import com.laca.application.booking.port.in.BookedAppointments.PaidConfirmation;
import com.laca.application.booking.port.in.BookedAppointments;
import com.laca.application.payment.port.in.HandlePaymentEventUseCase;
import com.laca.application.payment.port.in.PaymentEventOutcome;
import com.laca.application.payment.port.out.ConnectedAccountRepository;
import com.laca.application.payment.port.out.IdempotencyKey;
import com.laca.application.payment.port.out.IdempotencyKeys;
import com.laca.application.payment.port.out.PaymentDeadLetterRepository;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.PaymentIntentRecord;
import com.laca.application.payment.port.out.PaymentIntentRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.application.payment.port.out.PaymentNotices;
import com.laca.application.payment.port.out.ProcessedPaymentEventRepository;
import com.laca.application.payment.port.out.RefundRequest;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.PaymentDeclinedException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.IntentStatus;
import com.laca.domain.payment.LedgerResult;
import com.laca.domain.payment.PaymentEvent;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies the processor's events exactly once: the event id is stored in the same transaction as the effect, state
 * only moves forward, and a payment that cannot be kept is refunded automatically, after the transaction commits.
 */
public final class HandlePaymentEventService implements HandlePaymentEventUseCase {

    private final TransactionRunner transactions;
    private final ProcessedPaymentEventRepository processed;
    private final PaymentIntentRepository intents;
    private final PaymentLedgerRepository ledgers;
    private final BookedAppointments appointments;
    private final ConnectedAccountRepository accounts;
    private final PaymentDeadLetterRepository deadLetters;
    private final PaymentGateway gateway;
    private final Clock clock;
    private final PaymentNotices notices;

    public HandlePaymentEventService(TransactionRunner transactions, ProcessedPaymentEventRepository processed,
                                     PaymentIntentRepository intents, PaymentLedgerRepository ledgers,
                                     BookedAppointments appointments, ConnectedAccountRepository accounts,
                                     PaymentDeadLetterRepository deadLetters, PaymentGateway gateway, Clock clock) {
        this(transactions, processed, intents, ledgers, appointments, accounts, deadLetters, gateway, clock,
                PaymentNotices.NONE);
    }

    /** @param notices tells the client of a deposit received or a refund issued, in the transaction that records it */
    public HandlePaymentEventService(TransactionRunner transactions, ProcessedPaymentEventRepository processed,
                                     PaymentIntentRepository intents, PaymentLedgerRepository ledgers,
                                     BookedAppointments appointments, ConnectedAccountRepository accounts,
                                     PaymentDeadLetterRepository deadLetters, PaymentGateway gateway, Clock clock,
                                     PaymentNotices notices) {
        this.notices = Objects.requireNonNull(notices, "notices");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.processed = Objects.requireNonNull(processed, "processed");
        this.intents = Objects.requireNonNull(intents, "intents");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PaymentEventOutcome handle(PaymentEvent event) {
        Objects.requireNonNull(event, "event");
        if (event instanceof PaymentEvent.Unhandled unhandled) {
            return new PaymentEventOutcome.Ignored("event type " + unhandled.type() + " needs no action");
        }
        PaymentIntentId intent = intentOf(event);
        Optional<TenantId> tenant = transactions.asPlatform(() -> intents.tenantOf(intent));
        if (tenant.isEmpty()) {
            if (subjectOf(event).isPresent()) {
                // our metadata, but no stored intent: never drop money silently; the processor retries
                throw new IllegalStateException("payment intent " + intent + " is not stored yet");
            }
            return new PaymentEventOutcome.Ignored("payment intent " + intent + " is not one of ours");
        }
        if (transactions.asPlatform(() -> processed.isProcessed(event.header().id()))) {
            return duplicate(tenant.get(), event);
        }
        Applied applied;
        try {
            applied = transactions.inTenant(tenant.get(), () -> apply(event));
        } catch (ConflictException e) {
            if (transactions.asPlatform(() -> processed.isProcessed(event.header().id()))) {
                return duplicate(tenant.get(), event);
            }
            throw e;
        }
        applied.refund().ifPresent(refund -> sendAutomaticRefund(tenant.get(), refund));
        return new PaymentEventOutcome.Applied(applied.summary());
    }

    /**
     * A duplicate changes nothing, except that an automatic refund the processor never answered (it was unreachable)
     * is sent again under the same idempotency key.
     */
    private PaymentEventOutcome duplicate(TenantId tenant, PaymentEvent event) {
        if (event instanceof PaymentEvent.PaymentSucceeded succeeded) {
            Optional<AutomaticRefund> pending = transactions.inTenant(tenant, () -> pendingRefund(succeeded));
            pending.ifPresent(refund -> sendAutomaticRefund(tenant, refund));
        }
        transactions.asPlatform(() -> {
            deadLetters.markResolved(event.header().id(), clock.instant());
            return null;
        });
        return new PaymentEventOutcome.AlreadyProcessed();
    }

    private Applied apply(PaymentEvent event) {
        Instant now = clock.instant();
        processed.markProcessed(event.header().id(), typeOf(event), now);
        deadLetters.markResolved(event.header().id(), now);
        if (event instanceof PaymentEvent.PaymentSucceeded succeeded) {
            return succeeded(succeeded, now);
        }
        if (event instanceof PaymentEvent.PaymentFailed failed) {
            return advance(failed.intent(), IntentStatus.REQUIRES_PAYMENT_METHOD, now,
                    "payment attempt failed; the hold runs on");
        }
        if (event instanceof PaymentEvent.PaymentCanceled canceled) {
            return advance(canceled.intent(), IntentStatus.CANCELED, now,
                    "payment canceled; the hold lapses by itself");
        }
        if (event instanceof PaymentEvent.ChargeRefunded refunded) {
            return refunded(refunded, now);
        }
        if (event instanceof PaymentEvent.DisputeCreated dispute) {
            return disputed(dispute);
        }
        throw new IllegalArgumentException("no effect defined for " + event.getClass().getSimpleName());
    }

    private Applied succeeded(PaymentEvent.PaymentSucceeded event, Instant now) {
        PaymentIntentRecord intent = storedIntent(event.intent());
        event.subject().ifPresent(subject -> {
            if (!subject.appointment().equals(intent.appointment())) {
                throw new IllegalStateException("payment intent " + intent.intent()
                        + " names another appointment in its metadata than the one stored");
            }
        });
        intents.update(intent.advancedTo(IntentStatus.SUCCEEDED, now));
        AppointmentId appointment = intent.appointment();
        PaymentLedger ledger = lockLedger(appointment, event.amount());
        LedgerResult paid = ledger.recordDepositPaid(event.amount(), event.header().occurredAt(),
                event.intent().asReference());
        append(appointment, paid);
        PaidConfirmation confirmation = appointments.confirmPaid(appointment, now);
        if (confirmation instanceof PaidConfirmation.CannotKeep cannot) {
            // no receipt for money that goes straight back: the client hears of the refund instead
            return reserveAutomaticRefund(ledger, intent, cannot.why(), now);
        }
        if (paid instanceof LedgerResult.Recorded) {
            notices.depositReceived(appointment, event.amount());
        }
        return Applied.summary(confirmation instanceof PaidConfirmation.Confirmed
                ? "deposit paid; appointment confirmed" : "deposit paid; already confirmed");
    }

    private Applied reserveAutomaticRefund(PaymentLedger ledger, PaymentIntentRecord intent,
                                           PaidConfirmation.Why why, Instant now) {
        RefundReason reason = switch (why) {
            case SLOT_TAKEN -> RefundReason.LATE_PAYMENT_SLOT_TAKEN;
            case HOLD_LAPSED -> RefundReason.LATE_PAYMENT_HOLD_LAPSED;
            case CANCELLED, UNKNOWN_APPOINTMENT -> RefundReason.CANCELLED_IN_TIME;
        };
        TenantId tenant = tenantOfTransaction(intent);
        IdempotencyKey key = IdempotencyKeys.automaticRefund(tenant, intent.appointment(), intent.intent());
        Money amount = ledger.cardRefundable();
        if (amount.isZero()) {
            return Applied.summary("deposit paid but cannot be kept (" + why + "); nothing left to refund");
        }
        LedgerResult result = ledger.refund(amount, now, PaymentReference.of(key.value()),
                RefundEntries.reason("automatic refund", reason));
        append(intent.appointment(), result);
        return new Applied("deposit paid but cannot be kept (" + why + "); automatic refund of " + amount.formatted(),
                Optional.of(new AutomaticRefund(intent.appointment(), intent.intent(), amount, key, reason)));
    }

    /** The tenant is that of the running transaction; the ledger's key needs it and the intent's route holds it. */
    private TenantId tenantOfTransaction(PaymentIntentRecord intent) {
        return intents.tenantOf(intent.intent())
                .orElseThrow(() -> new IllegalStateException("payment intent " + intent.intent() + " has no route"));
    }

    private Optional<AutomaticRefund> pendingRefund(PaymentEvent.PaymentSucceeded event) {
        PaymentIntentRecord intent = storedIntent(event.intent());
        TenantId tenant = tenantOfTransaction(intent);
        IdempotencyKey key = IdempotencyKeys.automaticRefund(tenant, intent.appointment(), intent.intent());
        return ledgers.find(intent.appointment()).flatMap(stored -> stored.ledger().pendingRefunds().stream()
                .filter(entry -> entry.reference().value().equals(key.value()))
                .findFirst()
                .map(entry -> new AutomaticRefund(intent.appointment(), intent.intent(), entry.amount(), key,
                        RefundEntries.reasonOf(entry))));
    }

    private void sendAutomaticRefund(TenantId tenant, AutomaticRefund refund) {
        ConnectedAccountId account = transactions.asPlatform(() -> accounts.find(tenant))
                .orElseThrow(() -> new IllegalStateException("tenant " + tenant + " has no connected account"));
        PaymentReference reference = PaymentReference.of(refund.key().value());
        try {
            gateway.refund(new RefundRequest(tenant, account, refund.intent(), refund.amount(), refund.key(),
                    refund.reason()));
        } catch (PaymentDeclinedException e) {
            transactions.inTenant(tenant, () -> {
                PaymentLedger ledger = ledgers.lock(refund.appointment()).orElseThrow().ledger();
                append(refund.appointment(), ledger.recordRefundFailed(reference, clock.instant(),
                        "automatic refund declined: " + e.reason()));
                return null;
            });
            return;
        }
        transactions.inTenant(tenant, () -> {
            PaymentLedger ledger = ledgers.lock(refund.appointment()).orElseThrow().ledger();
            LedgerResult confirmed = ledger.confirmRefund(reference, clock.instant());
            append(refund.appointment(), confirmed);
            if (confirmed instanceof LedgerResult.Recorded) {
                notices.refundIssued(refund.appointment(), refund.amount());
            }
            return null;
        });
    }

    private Applied advance(PaymentIntentId intentId, IntentStatus status, Instant now, String summary) {
        PaymentIntentRecord intent = storedIntent(intentId);
        PaymentIntentRecord next = intent.advancedTo(status, now);
        if (next == intent) {
            return Applied.summary("intent already " + intent.status() + "; older news ignored");
        }
        intents.update(next);
        return Applied.summary(summary);
    }

    private Applied refunded(PaymentEvent.ChargeRefunded event, Instant now) {
        PaymentIntentRecord intent = storedIntent(event.intent());
        PaymentLedger ledger = lockLedger(intent.appointment(), event.totalRefunded());
        Money missing = event.totalRefunded().minus(ledger.refunded());
        if (!missing.isGreaterThan(Money.zero(missing.currency()))) {
            return Applied.summary("ledger already accounts for " + event.totalRefunded() + " refunded");
        }
        PaymentReference reference = PaymentReference.of("processor-refund-total-" + intent.intent() + "-"
                + event.totalRefunded().minorUnits());
        LedgerResult result = ledger.refund(missing, now, reference, "refunded at the processor");
        if (result instanceof LedgerResult.Rejected rejected) {
            // e.g. the refund arrived before the payment: fail, so the processor delivers it again later
            throw new IllegalStateException("processor refund of " + missing + " cannot be recorded yet: "
                    + rejected.reason());
        }
        append(intent.appointment(), result);
        // made by the processor itself, so it is never pending and never sent again
        append(intent.appointment(), ledger.confirmRefund(reference, now));
        notices.refundIssued(intent.appointment(), missing);
        return Applied.summary("ledger converged on " + event.totalRefunded() + " refunded");
    }

    private Applied disputed(PaymentEvent.DisputeCreated event) {
        PaymentIntentRecord intent = storedIntent(event.intent());
        PaymentLedger ledger = lockLedger(intent.appointment(), event.amount());
        append(intent.appointment(), ledger.recordDispute(event.amount(), event.header().occurredAt(),
                PaymentReference.of("dispute-" + intent.intent()), "disputed by the client: " + event.reason()));
        return Applied.summary("appointment flagged: payment disputed");
    }

    private PaymentIntentRecord storedIntent(PaymentIntentId intent) {
        return intents.find(intent)
                .orElseThrow(() -> new IllegalStateException("payment intent " + intent + " is not stored"));
    }

    /** The appointment's ledger, locked; opened against the appointment's price if the booking did not open it. */
    private PaymentLedger lockLedger(AppointmentId appointment, Money currencyHint) {
        Optional<PaymentLedgerRepository.LockedLedger> locked = ledgers.lock(appointment);
        if (locked.isPresent()) {
            return locked.get().ledger();
        }
        Money price = appointments.find(appointment, clock.instant())
                .map(BookedAppointments.BookedAppointment::price)
                .orElse(Money.zero(currencyHint.currency()));
        return ledgers.lockOrOpen(appointment, price).ledger();
    }

    private void append(AppointmentId appointment, LedgerResult result) {
        if (result instanceof LedgerResult.Recorded recorded) {
            ledgers.append(appointment, recorded.entry());
        } else if (result instanceof LedgerResult.Rejected rejected) {
            throw new IllegalStateException("the ledger refused the entry: " + rejected.reason());
        }
    }

    private static PaymentIntentId intentOf(PaymentEvent event) {
        if (event instanceof PaymentEvent.PaymentSucceeded e) {
            return e.intent();
        }
        if (event instanceof PaymentEvent.PaymentFailed e) {
            return e.intent();
        }
        if (event instanceof PaymentEvent.PaymentCanceled e) {
            return e.intent();
        }
        if (event instanceof PaymentEvent.ChargeRefunded e) {
            return e.intent();
        }
        if (event instanceof PaymentEvent.DisputeCreated e) {
            return e.intent();
        }
        throw new IllegalArgumentException("an unhandled event names no intent");
    }

    private static Optional<?> subjectOf(PaymentEvent event) {
        if (event instanceof PaymentEvent.PaymentSucceeded e) {
            return e.subject();
        }
        if (event instanceof PaymentEvent.PaymentFailed e) {
            return e.subject();
        }
        if (event instanceof PaymentEvent.PaymentCanceled e) {
            return e.subject();
        }
        return Optional.empty();
    }

    /** The event's kind as stored with its id. */
    static String typeOf(PaymentEvent event) {
        if (event instanceof PaymentEvent.PaymentSucceeded) {
            return "payment_intent.succeeded";
        }
        if (event instanceof PaymentEvent.PaymentFailed) {
            return "payment_intent.payment_failed";
        }
        if (event instanceof PaymentEvent.PaymentCanceled) {
            return "payment_intent.canceled";
        }
        if (event instanceof PaymentEvent.ChargeRefunded) {
            return "charge.refunded";
        }
        if (event instanceof PaymentEvent.DisputeCreated) {
            return "charge.dispute.created";
        }
        return ((PaymentEvent.Unhandled) event).type();
    }

    /** What the transaction did, and the refund to send once it has committed. */
    private record Applied(String summary, Optional<AutomaticRefund> refund) {
        static Applied summary(String summary) {
            return new Applied(summary, Optional.empty());
        }
    }

    /** A refund reserved in the ledger, to be sent to the processor outside the transaction. */
    private record AutomaticRefund(AppointmentId appointment, PaymentIntentId intent, Money amount,
                                   IdempotencyKey key, RefundReason reason) {
    }
}
