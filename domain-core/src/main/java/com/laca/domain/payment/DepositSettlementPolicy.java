package com.laca.domain.payment;

import java.util.Objects;

/**
 * Turns a cancellation outcome and the clinic's waiver choice into refund, forfeit or nothing, so that the rule
 * "the cancellation policy decides, a no-show forfeits, the clinic can waive" lives in one place.
 */
public final class DepositSettlementPolicy {

    /** Decides what to do with everything still refundable in the ledger. */
    public DepositSettlement settle(DepositOutcome outcome, ForfeitWaiver waiver, PaymentLedger ledger) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(waiver, "waiver");
        var held = Objects.requireNonNull(ledger, "ledger").refundable();
        if (held.isZero()) {
            return new DepositSettlement.NothingToSettle(DepositSettlement.Reason.NOTHING_HELD);
        }
        return switch (outcome) {
            case REFUND -> new DepositSettlement.Refund(held, DepositSettlement.Reason.POLICY_REFUND);
            case FORFEIT -> switch (waiver) {
                case APPLY_POLICY -> new DepositSettlement.Forfeit(held, DepositSettlement.Reason.POLICY_FORFEIT);
                case WAIVE -> new DepositSettlement.Refund(held, DepositSettlement.Reason.FORFEIT_WAIVED_BY_CLINIC);
            };
        };
    }
}
