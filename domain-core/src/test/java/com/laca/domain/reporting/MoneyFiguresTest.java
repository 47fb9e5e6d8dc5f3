package com.laca.domain.reporting;

import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The owner's money for a period, from the ledger")
class MoneyFiguresTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T00:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-08T00:00:00Z");

    private static Money gbp(long pence) {
        return Money.of(pence, "GBP");
    }

    private static MoneyMovement move(AppointmentId appointment, String start, LedgerEntryKind kind, long pence,
                                      String at) {
        return new MoneyMovement(appointment, Instant.parse(start), kind, gbp(pence), Instant.parse(at));
    }

    @Test
    @DisplayName("Monday's takings by method, refunds, forfeits and the deposits still held, computed by hand")
    void handComputedDay() {
        AppointmentId past = AppointmentId.random();     // treated on Monday: £50 card deposit last week, £225 desk
        AppointmentId late = AppointmentId.random();     // late cancellation on Monday: £50 card deposit kept
        AppointmentId refunded = AppointmentId.random(); // free cancellation: £20 desk deposit given back on Monday
        AppointmentId ahead = AppointmentId.random();    // next week: £30 card deposit on Monday, £10 refund failed
        List<MoneyMovement> ledger = List.of(
                move(past, "2026-12-07T10:00:00Z", LedgerEntryKind.DEPOSIT_PAID, 5_000, "2026-12-01T09:00:00Z"),
                move(past, "2026-12-07T10:00:00Z", LedgerEntryKind.BALANCE_PAID_AT_DESK, 22_500,
                        "2026-12-07T11:00:00Z"),
                move(late, "2026-12-08T10:00:00Z", LedgerEntryKind.DEPOSIT_REQUESTED, 5_000, "2026-12-02T09:00:00Z"),
                move(late, "2026-12-08T10:00:00Z", LedgerEntryKind.DEPOSIT_PAID, 5_000, "2026-12-02T09:01:00Z"),
                move(late, "2026-12-08T10:00:00Z", LedgerEntryKind.DEPOSIT_FORFEITED, 5_000, "2026-12-07T15:00:00Z"),
                move(refunded, "2026-12-20T10:00:00Z", LedgerEntryKind.BALANCE_PAID_AT_DESK, 2_000,
                        "2026-12-07T09:30:00Z"),
                move(refunded, "2026-12-20T10:00:00Z", LedgerEntryKind.REFUNDED_AT_DESK, 2_000,
                        "2026-12-07T16:00:00Z"),
                move(ahead, "2026-12-14T10:00:00Z", LedgerEntryKind.DEPOSIT_PAID, 3_000, "2026-12-07T12:00:00Z"),
                move(ahead, "2026-12-14T10:00:00Z", LedgerEntryKind.REFUND_ISSUED, 1_000, "2026-12-07T13:00:00Z"),
                move(ahead, "2026-12-14T10:00:00Z", LedgerEntryKind.REFUND_FAILED, 1_000, "2026-12-07T14:00:00Z"),
                move(ahead, "2026-12-14T10:00:00Z", LedgerEntryKind.DEPOSIT_PAID, 700, "2026-12-08T09:00:00Z"));

        MoneyFigures monday = MoneyFigures.of(ledger, MONDAY, TUESDAY, "GBP");

        assertThat(monday.card()).isEqualTo(gbp(3_000));
        assertThat(monday.desk()).isEqualTo(gbp(22_500 + 2_000));
        assertThat(monday.cardRefunds()).isEqualTo(gbp(0));
        assertThat(monday.deskRefunds()).isEqualTo(gbp(2_000));
        assertThat(monday.forfeits()).isEqualTo(gbp(5_000));
        // held at midnight: "late" starts after it but its £50 was kept (0); "refunded" gave its £20 back (0);
        // "ahead" holds £30 (its failed refund came back); Tuesday's £7 is after the period
        assertThat(monday.depositsHeld()).isEqualTo(gbp(3_000));
        assertThat(monday.net()).isEqualTo(gbp(3_000 + 24_500 - 2_000));
    }

    @Test
    @DisplayName("an empty period is all zeros in the clinic's currency")
    void empty() {
        MoneyFigures nothing = MoneyFigures.of(List.of(), MONDAY, TUESDAY, "GBP");
        assertThat(nothing.net()).isEqualTo(gbp(0));
        assertThat(nothing.depositsHeld()).isEqualTo(gbp(0));
    }
}
