package com.laca.application.payment.service;

import com.laca.application.payment.port.in.RefundOutcome;
import com.laca.application.payment.port.out.ConnectedAccountRepository;
import com.laca.application.payment.port.out.IdempotencyKey;
import com.laca.application.payment.port.out.IdempotencyKeys;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.PaymentIntentRepository;
import com.laca.application.payment.port.out.PaymentNotices;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository.LockedLedger;
import com.laca.application.payment.service.Refunds.Reservation;
import com.laca.application.shared.PaymentGatewayUnavailableException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.booking.CancellationOutcome;
import com.laca.domain.booking.DepositTreatment;
import com.laca.domain.payment.DepositOutcome;
import com.laca.domain.payment.DepositSettlement;
import com.laca.domain.payment.DepositSettlementPolicy;
import com.laca.domain.payment.ForfeitWaiver;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.TenantId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Carries out what the cancellation policy decided for a deposit (refund, forfeit, carry over) after the cancellation
 * or no-show is committed, so the booking's transaction never waits for the processor; the booking services call it,
 * nothing else does.
 */
public final class DepositSettlementService {

    /** The client key of the refund a free cancellation makes; one cancellation, one refund. */
    private static final String CANCELLATION_KEY = "cancellation";
    /** The client key of the desk refund a free cancellation writes when the deposit was paid at the desk. */
    private static final String CANCELLATION_AT_DESK_KEY = "cancellation-at-desk";

    private final TransactionRunner transactions;
    private final PaymentLedgerRepository ledgers;
    private final Refunds refunds;
    private final DepositSettlementPolicy settlementPolicy = new DepositSettlementPolicy();
    private final Clock clock;

    public DepositSettlementService(TransactionRunner transactions, PaymentLedgerRepository ledgers,
                                    PaymentIntentRepository intents, ConnectedAccountRepository accounts,
                                    PaymentGateway gateway, Clock clock) {
        this(transactions, ledgers, intents, accounts, gateway, clock, PaymentNotices.NONE);
    }

    /** @param notices tells the client of each refund, in the transaction that records it */
    public DepositSettlementService(TransactionRunner transactions, PaymentLedgerRepository ledgers,
                                    PaymentIntentRepository intents, ConnectedAccountRepository accounts,
                                    PaymentGateway gateway, Clock clock, PaymentNotices notices) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refunds = new Refunds(transactions, ledgers, intents, accounts, gateway, clock, notices);
    }

    /**
     * Settles the appointment's deposit; repeating it for the same appointment and outcome changes nothing more.
     *
     * @throws PaymentGatewayUnavailableException the refund is reserved and is completed by repeating the call, or
     *                                            by staff sending the pending refunds
     */
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
                return refunds.reserve(tenant, locked.get(), ledger.entries().stream()
                        .filter(e -> e.reference().value().equals(key.value())).findFirst().orElseThrow().amount(),
                        key, RefundReason.CANCELLED_IN_TIME, RefundEntries.REFUND);
            }
            DepositSettlement settlement = settlementPolicy.settle(depositOutcome, ForfeitWaiver.APPLY_POLICY, ledger);
            if (settlement instanceof DepositSettlement.Refund) {
                // money taken at the desk is written as given back at the desk; card money goes to the processor
                Reservation atDesk = ledger.deskRefundable().isZero() ? Reservation.nothing()
                        : refunds.refundAtDesk(locked.get(), ledger.deskRefundable(),
                                IdempotencyKeys.refund(tenant, appointment, CANCELLATION_AT_DESK_KEY),
                                RefundReason.CANCELLED_IN_TIME, RefundEntries.REFUND);
                return ledger.cardRefundable().isZero() ? atDesk
                        : refunds.reserve(tenant, locked.get(), ledger.cardRefundable(), key,
                                RefundReason.CANCELLED_IN_TIME, RefundEntries.REFUND);
            }
            if (settlement instanceof DepositSettlement.Forfeit) {
                refunds.append(appointment, ledger.forfeitDeposit(clock.instant(),
                        PaymentReference.of("forfeit-" + appointment), outcome.name().toLowerCase()));
                return Reservation.forfeited();
            }
            return Reservation.nothing();
        });
        if (reservation.settled() != null) {
            return reservation.settled();
        }
        RefundOutcome refunded = refunds.complete(tenant, appointment, reservation);
        return refunded instanceof RefundOutcome.Refunded ? SettlementResult.REFUNDED
                : refunded instanceof RefundOutcome.Declined ? SettlementResult.REFUND_DECLINED
                : SettlementResult.NOTHING_TO_SETTLE;
    }
}
