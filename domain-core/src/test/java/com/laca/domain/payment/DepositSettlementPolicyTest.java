package com.laca.domain.payment;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Settling the deposit of a cancelled or missed appointment")
class DepositSettlementPolicyTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    private final DepositSettlementPolicy policy = new DepositSettlementPolicy();
    private final PaymentLedger ledger = PaymentLedger.open(AppointmentId.random(), "GBP");

    private static Money gbp(long pence) {
        return Money.of(pence, "GBP");
    }

    @Test
    @DisplayName("cancelling in time refunds the whole deposit")
    void refundInTime() {
        ledger.recordDepositPaid(gbp(5_000), NOON, PaymentReference.of("pi_1"));
        assertThat(policy.settle(DepositOutcome.REFUND, ForfeitWaiver.APPLY_POLICY, ledger))
                .isEqualTo(new DepositSettlement.Refund(gbp(5_000), DepositSettlement.Reason.POLICY_REFUND));
    }

    @Test
    @DisplayName("a late cancellation or a no-show forfeits the deposit")
    void forfeitLate() {
        ledger.recordDepositPaid(gbp(5_000), NOON, PaymentReference.of("pi_1"));
        assertThat(policy.settle(DepositOutcome.FORFEIT, ForfeitWaiver.APPLY_POLICY, ledger))
                .isEqualTo(new DepositSettlement.Forfeit(gbp(5_000), DepositSettlement.Reason.POLICY_FORFEIT));
    }

    @Test
    @DisplayName("the clinic can waive a forfeit, and then the deposit is refunded")
    void waivedForfeit() {
        ledger.recordDepositPaid(gbp(5_000), NOON, PaymentReference.of("pi_1"));
        assertThat(policy.settle(DepositOutcome.FORFEIT, ForfeitWaiver.WAIVE, ledger))
                .isEqualTo(new DepositSettlement.Refund(gbp(5_000), DepositSettlement.Reason.FORFEIT_WAIVED_BY_CLINIC));
    }

    @Test
    @DisplayName("only what is still refundable is settled after a partial refund")
    void afterPartialRefund() {
        ledger.recordDepositPaid(gbp(5_000), NOON, PaymentReference.of("pi_1"));
        ledger.refund(gbp(2_000), NOON, PaymentReference.of("refund-a"), "goodwill");
        assertThat(policy.settle(DepositOutcome.REFUND, ForfeitWaiver.APPLY_POLICY, ledger))
                .isEqualTo(new DepositSettlement.Refund(gbp(3_000), DepositSettlement.Reason.POLICY_REFUND));
    }

    @Test
    @DisplayName("with no card deposit held there is nothing to settle, whatever the policy says")
    void nothingHeld() {
        ledger.depositDueAtDesk(gbp(5_000), NOON, PaymentReference.of("pay-at-clinic"));
        for (DepositOutcome outcome : DepositOutcome.values()) {
            assertThat(policy.settle(outcome, ForfeitWaiver.APPLY_POLICY, ledger))
                    .isEqualTo(new DepositSettlement.NothingToSettle(DepositSettlement.Reason.NOTHING_HELD));
        }
    }
}
