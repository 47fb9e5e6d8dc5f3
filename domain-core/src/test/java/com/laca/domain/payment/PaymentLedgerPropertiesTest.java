package com.laca.domain.payment;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Label("Payment ledger invariants")
class PaymentLedgerPropertiesTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    @Property
    @Label("whatever refunds, forfeits and waivers are asked for, money refunded never exceeds money captured")
    void neverOverRefunds(@ForAll("steps") List<Long> steps) {
        PaymentLedger ledger = PaymentLedger.open(AppointmentId.random(), "GBP");
        int n = 0;
        for (long step : steps) {
            PaymentReference reference = PaymentReference.of("step-" + n++);
            if (step == 0) {
                ledger.forfeitDeposit(NOON, reference, "forfeit");
            } else if (step == -1) {
                ledger.waiveForfeit(NOON, reference, "waive");
            } else if (step < 0) {
                ledger.recordDepositPaid(Money.of(-step, "GBP"), NOON, reference);
            } else {
                ledger.refund(Money.of(step, "GBP"), NOON, reference, "refund");
            }
            assertThat(ledger.refunded().plus(ledger.forfeited())).isLessThanOrEqualTo(ledger.captured());
            assertThat(ledger.refundable().isNegative()).isFalse();
            assertThat(ledger.clinicRevenue())
                    .isEqualTo(ledger.captured().plus(ledger.paidAtDesk()).minus(ledger.refunded()));
        }
        assertThat(PaymentLedger.reload(ledger.appointment(), "GBP", ledger.entries()).refundable())
                .isEqualTo(ledger.refundable());
    }

    @Provide
    Arbitrary<List<Long>> steps() {
        return Arbitraries.longs().between(-10_000, 10_000).list().ofMaxSize(30);
    }
}
