package com.laca.domain.payment;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Deposit status shown on the calendar")
class DepositStatusTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
    private static final Money PRICE = Money.of(30_000, "GBP");

    private final PaymentLedger ledger = PaymentLedger.open(AppointmentId.random(), "GBP");

    @Test
    @DisplayName("nothing asked and nothing paid reads as no deposit")
    void none() {
        assertThat(DepositStatus.of(ledger)).isEqualTo(DepositStatus.NONE);
    }

    @Test
    @DisplayName("a deposit asked for but not paid is due, then paid once money arrives at the desk")
    void dueThenPaid() {
        ledger.depositDueAtDesk(Money.of(5_000, "GBP"), NOON, PaymentReference.of("desk-1"));
        assertThat(DepositStatus.of(ledger)).isEqualTo(DepositStatus.DUE);

        ledger.recordBalancePaidAtDesk(Money.of(5_000, "GBP"), PRICE, NOON, PaymentReference.of("r-1"), "deposit");
        assertThat(DepositStatus.of(ledger)).isEqualTo(DepositStatus.PAID);
    }

    @Test
    @DisplayName("a partly refunded deposit is still held; a fully refunded one reads refunded")
    void refunded() {
        ledger.recordDepositPaid(Money.of(5_000, "GBP"), NOON, PaymentReference.of("pi_1"));
        ledger.refund(Money.of(1_000, "GBP"), NOON, PaymentReference.of("refund-1"), "goodwill");
        assertThat(DepositStatus.of(ledger)).isEqualTo(DepositStatus.PAID);

        ledger.refund(Money.of(4_000, "GBP"), NOON, PaymentReference.of("refund-2"), "free cancellation");
        assertThat(DepositStatus.of(ledger)).isEqualTo(DepositStatus.REFUNDED);
    }

    @Test
    @DisplayName("a forfeited deposit reads forfeited until the forfeit is waived")
    void forfeited() {
        ledger.recordDepositPaid(Money.of(5_000, "GBP"), NOON, PaymentReference.of("pi_1"));
        ledger.forfeitDeposit(NOON, PaymentReference.of("forfeit-1"), "late cancellation");
        assertThat(DepositStatus.of(ledger)).isEqualTo(DepositStatus.FORFEITED);

        ledger.waiveForfeit(NOON, PaymentReference.of("waive-1"), "goodwill");
        assertThat(DepositStatus.of(ledger)).isEqualTo(DepositStatus.PAID);
    }
}
