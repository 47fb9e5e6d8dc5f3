package com.laca.domain.payment;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Payment ledger of an appointment")
class PaymentLedgerTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
    private static final PaymentReference INTENT = PaymentReference.of("pi_1");

    private final AppointmentId appointment = AppointmentId.random();
    private final PaymentLedger ledger = PaymentLedger.open(appointment, "GBP");

    private static Money gbp(long pence) {
        return Money.of(pence, "GBP");
    }

    private void depositPaid(long pence) {
        assertThat(ledger.recordDepositPaid(gbp(pence), NOON, INTENT)).isInstanceOf(LedgerResult.Recorded.class);
    }

    @Test
    @DisplayName("starts with nothing captured, nothing refundable and the full price due")
    void emptyLedger() {
        assertThat(ledger.captured()).isEqualTo(gbp(0));
        assertThat(ledger.refundable()).isEqualTo(gbp(0));
        assertThat(ledger.clinicRevenue()).isEqualTo(gbp(0));
        assertThat(ledger.balanceDue(gbp(20_000))).isEqualTo(gbp(20_000));
    }

    @Test
    @DisplayName("a refund is pending until the processor accepts or refuses it; confirming moves no money")
    void pendingRefunds() {
        depositPaid(5_000);
        PaymentReference sent = PaymentReference.of("refund-1");
        PaymentReference unreachable = PaymentReference.of("refund-2");
        ledger.refund(gbp(1_000), NOON, sent, "goodwill");
        ledger.refund(gbp(1_000), NOON, unreachable, "goodwill");

        assertThat(ledger.confirmRefund(sent, NOON)).isInstanceOf(LedgerResult.Recorded.class);

        assertThat(ledger.pendingRefunds()).singleElement()
                .satisfies(entry -> assertThat(entry.reference()).isEqualTo(unreachable));
        assertThat(ledger.refunded()).isEqualTo(gbp(2_000));
        assertThat(ledger.confirmRefund(PaymentReference.of("never-issued"), NOON))
                .isInstanceOf(LedgerResult.Rejected.class);
    }

    @Test
    @DisplayName("a dispute is noted for the owner, moves no money and is noted once")
    void disputeIsANote() {
        depositPaid(5_000);
        PaymentReference dispute = PaymentReference.of("dispute-pi_1");

        assertThat(ledger.recordDispute(gbp(5_000), NOON, dispute, "fraudulent"))
                .isInstanceOf(LedgerResult.Recorded.class);
        assertThat(ledger.recordDispute(gbp(5_000), NOON, dispute, "fraudulent"))
                .isInstanceOf(LedgerResult.AlreadyRecorded.class);

        assertThat(ledger.disputed()).isTrue();
        assertThat(ledger.refundable()).isEqualTo(gbp(5_000));
        assertThat(ledger.clinicRevenue()).isEqualTo(gbp(5_000));
    }

    @Test
    @DisplayName("a requested deposit moves no money")
    void requestMovesNoMoney() {
        ledger.requestDeposit(gbp(5_000), NOON, INTENT);
        assertThat(ledger.captured()).isEqualTo(gbp(0));
        assertThat(ledger.balanceDue(gbp(20_000))).isEqualTo(gbp(20_000));
        assertThat(ledger.entries()).extracting(LedgerEntry::kind).containsExactly(LedgerEntryKind.DEPOSIT_REQUESTED);
    }

    @Test
    @DisplayName("a paid deposit reduces the balance due at the desk")
    void paidDepositReducesBalance() {
        depositPaid(5_000);
        assertThat(ledger.captured()).isEqualTo(gbp(5_000));
        assertThat(ledger.refundable()).isEqualTo(gbp(5_000));
        assertThat(ledger.balanceDue(gbp(20_000))).isEqualTo(gbp(15_000));
    }

    @Test
    @DisplayName("a payment reported twice is recorded once")
    void duplicatePaymentRecordedOnce() {
        depositPaid(5_000);
        LedgerResult again = ledger.recordDepositPaid(gbp(5_000), NOON.plusSeconds(60), INTENT);
        assertThat(again).isInstanceOf(LedgerResult.AlreadyRecorded.class);
        assertThat(ledger.captured()).isEqualTo(gbp(5_000));
        assertThat(ledger.entries()).hasSize(1);
    }

    @Test
    @DisplayName("paying the rest at the desk leaves nothing due, and never a negative balance")
    void deskPayment() {
        depositPaid(5_000);
        ledger.recordBalancePaidAtDesk(gbp(15_000), gbp(20_000), NOON, PaymentReference.of("till-1"),
                "balance at the desk");
        assertThat(ledger.balanceDue(gbp(20_000))).isEqualTo(gbp(0));
        assertThat(ledger.balanceDue(gbp(10_000))).isEqualTo(gbp(0));
        assertThat(ledger.clinicRevenue()).isEqualTo(gbp(20_000));
    }

    @Test
    @DisplayName("the desk takes at most what is still due: ten trillion for a £200 treatment is refused, "
            + "saying how much is due, and so is a penny once it is paid")
    void deskPaymentBoundedByWhatIsDue() {
        depositPaid(5_000);

        assertThat(ledger.recordBalancePaidAtDesk(gbp(1_000_000_000_000_000L), gbp(20_000), NOON,
                PaymentReference.of("till-1"), "paid")).isEqualTo(
                new LedgerResult.Rejected(LedgerRejection.EXCEEDS_BALANCE_DUE, gbp(15_000)));
        assertThat(ledger.recordBalancePaidAtDesk(gbp(15_000), gbp(20_000), NOON,
                PaymentReference.of("till-2"), "paid")).isInstanceOf(LedgerResult.Recorded.class);
        assertThat(ledger.recordBalancePaidAtDesk(gbp(1), gbp(20_000), NOON, PaymentReference.of("till-3"), "paid"))
                .isEqualTo(new LedgerResult.Rejected(LedgerRejection.EXCEEDS_BALANCE_DUE, gbp(0)));
        assertThat(ledger.paidAtDesk()).isEqualTo(gbp(15_000));
    }

    @Test
    @DisplayName("a receipt number counts once: again with the same amount changes nothing, with another amount it "
            + "is refused, naming the amount first recorded")
    void receiptReusedForAnotherAmount() {
        PaymentReference receipt = PaymentReference.of("till-1");
        ledger.recordBalancePaidAtDesk(gbp(2_000), gbp(20_000), NOON, receipt, "paid");

        assertThat(ledger.recordBalancePaidAtDesk(gbp(2_000), gbp(20_000), NOON, receipt, "paid"))
                .isInstanceOf(LedgerResult.AlreadyRecorded.class);
        assertThat(ledger.recordBalancePaidAtDesk(gbp(3_000), gbp(20_000), NOON, receipt, "paid"))
                .isEqualTo(new LedgerResult.Rejected(LedgerRejection.REFERENCE_REUSED, gbp(2_000)));
        assertThat(ledger.paidAtDesk()).isEqualTo(gbp(2_000));
    }

    @Test
    @DisplayName("in pay-at-clinic mode the deposit is due at the desk and the whole price is still owed")
    void payAtClinic() {
        ledger.depositDueAtDesk(gbp(5_000), NOON, PaymentReference.of("pay-at-clinic"));
        assertThat(ledger.entries()).extracting(LedgerEntry::kind).containsExactly(LedgerEntryKind.DEPOSIT_DUE_AT_DESK);
        assertThat(ledger.balanceDue(gbp(20_000))).isEqualTo(gbp(20_000));
        assertThat(ledger.refundable()).isEqualTo(gbp(0));
    }

    @Nested
    @DisplayName("refunds")
    class Refunds {

        @Test
        @DisplayName("a full refund brings the ledger back to zero")
        void fullRefund() {
            depositPaid(5_000);
            LedgerResult result = ledger.refund(gbp(5_000), NOON, PaymentReference.of("refund-a"), "cancelled in time");
            assertThat(result).isInstanceOf(LedgerResult.Recorded.class);
            assertThat(ledger.refundable()).isEqualTo(gbp(0));
            assertThat(ledger.clinicRevenue()).isEqualTo(gbp(0));
        }

        @Test
        @DisplayName("partial refunds add up, and the last penny can be refunded but not one more")
        void partialRefunds() {
            depositPaid(5_000);
            ledger.refund(gbp(2_000), NOON, PaymentReference.of("refund-a"), "goodwill");
            ledger.refund(gbp(2_999), NOON, PaymentReference.of("refund-b"), "goodwill");
            assertThat(ledger.refundable()).isEqualTo(gbp(1));

            LedgerResult tooMuch = ledger.refund(gbp(2), NOON, PaymentReference.of("refund-c"), "goodwill");
            assertThat(tooMuch).isEqualTo(new LedgerResult.Rejected(LedgerRejection.EXCEEDS_REFUNDABLE, gbp(1)));

            assertThat(ledger.refund(gbp(1), NOON, PaymentReference.of("refund-d"), "goodwill"))
                    .isInstanceOf(LedgerResult.Recorded.class);
            assertThat(ledger.refunded()).isEqualTo(gbp(5_000));
        }

        @Test
        @DisplayName("a refund larger than what was captured is rejected and changes nothing")
        void overRefundRejected() {
            depositPaid(5_000);
            LedgerResult result = ledger.refund(gbp(5_001), NOON, PaymentReference.of("refund-a"), "mistake");
            assertThat(result).isEqualTo(new LedgerResult.Rejected(LedgerRejection.EXCEEDS_REFUNDABLE, gbp(5_000)));
            assertThat(ledger.entries()).hasSize(1);
        }

        @Test
        @DisplayName("nothing can be refunded when nothing was captured")
        void nothingCaptured() {
            LedgerResult result = ledger.refund(gbp(1), NOON, PaymentReference.of("refund-a"), "mistake");
            assertThat(result).isEqualTo(new LedgerResult.Rejected(LedgerRejection.NOTHING_CAPTURED, gbp(0)));
        }

        @Test
        @DisplayName("money paid at the desk is not refundable by card, only at the desk")
        void deskMoneyNotRefundableByCard() {
            ledger.recordBalancePaidAtDesk(gbp(20_000), gbp(20_000), NOON, PaymentReference.of("till-1"),
                    "paid in full");
            assertThat(ledger.cardRefundable()).isEqualTo(gbp(0));
            assertThat(ledger.deskRefundable()).isEqualTo(gbp(20_000));
            assertThat(ledger.refund(gbp(1), NOON, PaymentReference.of("refund-a"), "mistake"))
                    .isEqualTo(new LedgerResult.Rejected(LedgerRejection.NOTHING_CAPTURED, gbp(0)));
        }

        @Test
        @DisplayName("a deposit paid at the desk is given back at the desk, once, and never more than was paid")
        void deskRefund() {
            ledger.depositDueAtDesk(gbp(5_500), NOON, PaymentReference.of("pay-at-clinic"));
            ledger.recordBalancePaidAtDesk(gbp(5_500), gbp(30_000), NOON, PaymentReference.of("till-1"), "deposit");

            assertThat(ledger.refundAtDesk(gbp(5_501), NOON, PaymentReference.of("desk-refund-1"), "cancelled"))
                    .isEqualTo(new LedgerResult.Rejected(LedgerRejection.EXCEEDS_REFUNDABLE, gbp(5_500)));
            assertThat(ledger.refundAtDesk(gbp(5_500), NOON, PaymentReference.of("desk-refund-1"), "cancelled"))
                    .isInstanceOf(LedgerResult.Recorded.class);
            assertThat(ledger.refundAtDesk(gbp(5_500), NOON, PaymentReference.of("desk-refund-1"), "cancelled"))
                    .isInstanceOf(LedgerResult.AlreadyRecorded.class);

            assertThat(ledger.refunded()).isEqualTo(gbp(5_500));
            assertThat(ledger.refundable()).isEqualTo(gbp(0));
            assertThat(ledger.clinicRevenue()).isEqualTo(gbp(0));
            assertThat(ledger.refundAtDesk(gbp(1), NOON, PaymentReference.of("desk-refund-2"), "again"))
                    .isEqualTo(new LedgerResult.Rejected(LedgerRejection.EXCEEDS_REFUNDABLE, gbp(0)));
        }

        @Test
        @DisplayName("nothing can be given back at the desk when nothing was paid there")
        void nothingPaidAtDesk() {
            depositPaid(5_000);
            assertThat(ledger.refundAtDesk(gbp(1), NOON, PaymentReference.of("desk-refund-1"), "mistake"))
                    .isEqualTo(new LedgerResult.Rejected(LedgerRejection.NOTHING_CAPTURED, gbp(0)));
        }

        @Test
        @DisplayName("the same refund request sent twice refunds once")
        void retriedRefundRecordedOnce() {
            depositPaid(5_000);
            ledger.refund(gbp(5_000), NOON, PaymentReference.of("refund-a"), "cancelled in time");
            LedgerResult again = ledger.refund(gbp(5_000), NOON, PaymentReference.of("refund-a"), "cancelled in time");
            assertThat(again).isInstanceOf(LedgerResult.AlreadyRecorded.class);
            assertThat(ledger.refunded()).isEqualTo(gbp(5_000));
        }

        @Test
        @DisplayName("a refund reference sent again for another amount is refused and refunds nothing more")
        void refundReferenceReusedForAnotherAmount() {
            depositPaid(5_000);
            ledger.refund(gbp(1_000), NOON, PaymentReference.of("refund-a"), "goodwill");

            assertThat(ledger.refund(gbp(4_000), NOON, PaymentReference.of("refund-a"), "goodwill"))
                    .isEqualTo(new LedgerResult.Rejected(LedgerRejection.REFERENCE_REUSED, gbp(1_000)));
            assertThat(ledger.refunded()).isEqualTo(gbp(1_000));
        }

        @Test
        @DisplayName("a refund that failed at the processor makes its money refundable again")
        void failedRefund() {
            depositPaid(5_000);
            ledger.refund(gbp(3_000), NOON, PaymentReference.of("refund-a"), "cancelled in time");
            LedgerResult failed = ledger.recordRefundFailed(PaymentReference.of("refund-a"), NOON, "card expired");
            assertThat(failed).isInstanceOf(LedgerResult.Recorded.class);
            assertThat(((LedgerResult.Recorded) failed).entry().amount()).isEqualTo(gbp(3_000));
            assertThat(ledger.refunded()).isEqualTo(gbp(0));
            assertThat(ledger.refundable()).isEqualTo(gbp(5_000));
            assertThat(ledger.recordRefundFailed(PaymentReference.of("refund-a"), NOON, "again"))
                    .isInstanceOf(LedgerResult.AlreadyRecorded.class);
        }

        @Test
        @DisplayName("a failure of a refund that was never issued is rejected")
        void unknownRefundFailure() {
            assertThat(ledger.recordRefundFailed(PaymentReference.of("refund-x"), NOON, "?"))
                    .isEqualTo(new LedgerResult.Rejected(LedgerRejection.UNKNOWN_REFUND, gbp(0)));
        }

        @Test
        @DisplayName("refuses an amount in another currency as a programming error")
        void otherCurrency() {
            depositPaid(5_000);
            assertThatThrownBy(() -> ledger.refund(Money.of(1, "EUR"), NOON, PaymentReference.of("r"), "x"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("forfeits")
    class Forfeits {

        @Test
        @DisplayName("a forfeited deposit is the clinic's and can no longer be refunded")
        void forfeitBlocksRefund() {
            depositPaid(5_000);
            LedgerResult forfeit = ledger.forfeitDeposit(NOON, PaymentReference.of("no-show"), "did not attend");
            assertThat(((LedgerResult.Recorded) forfeit).entry().amount()).isEqualTo(gbp(5_000));
            assertThat(ledger.refundable()).isEqualTo(gbp(0));
            assertThat(ledger.clinicRevenue()).isEqualTo(gbp(5_000));
            assertThat(ledger.refund(gbp(1), NOON, PaymentReference.of("refund-a"), "x"))
                    .isEqualTo(new LedgerResult.Rejected(LedgerRejection.EXCEEDS_REFUNDABLE, gbp(0)));
        }

        @Test
        @DisplayName("only what is left after a partial refund is forfeited")
        void forfeitAfterPartialRefund() {
            depositPaid(5_000);
            ledger.refund(gbp(1_000), NOON, PaymentReference.of("refund-a"), "goodwill");
            LedgerResult forfeit = ledger.forfeitDeposit(NOON, PaymentReference.of("late"), "cancelled late");
            assertThat(((LedgerResult.Recorded) forfeit).entry().amount()).isEqualTo(gbp(4_000));
        }

        @Test
        @DisplayName("a deposit paid at the desk is forfeited like a card deposit, and is then not refundable")
        void deskDepositForfeited() {
            ledger.recordBalancePaidAtDesk(gbp(5_500), gbp(30_000), NOON, PaymentReference.of("till-1"), "deposit");

            LedgerResult forfeit = ledger.forfeitDeposit(NOON, PaymentReference.of("no-show"), "did not attend");

            assertThat(((LedgerResult.Recorded) forfeit).entry().amount()).isEqualTo(gbp(5_500));
            assertThat(ledger.deskRefundable()).isEqualTo(gbp(0));
            assertThat(ledger.clinicRevenue()).isEqualTo(gbp(5_500));
        }

        @Test
        @DisplayName("nothing can be forfeited when nothing was captured")
        void nothingToForfeit() {
            assertThat(ledger.forfeitDeposit(NOON, PaymentReference.of("no-show"), "did not attend"))
                    .isEqualTo(new LedgerResult.Rejected(LedgerRejection.NOTHING_TO_FORFEIT, gbp(0)));
        }

        @Test
        @DisplayName("a waived forfeit can then be refunded in full")
        void waiverThenRefund() {
            depositPaid(5_000);
            ledger.forfeitDeposit(NOON, PaymentReference.of("no-show"), "did not attend");
            assertThat(ledger.waiveForfeit(NOON, PaymentReference.of("waiver-1"), "bereavement"))
                    .isInstanceOf(LedgerResult.Recorded.class);
            assertThat(ledger.refundable()).isEqualTo(gbp(5_000));
            ledger.refund(gbp(5_000), NOON, PaymentReference.of("refund-a"), "forfeit waived");
            assertThat(ledger.clinicRevenue()).isEqualTo(gbp(0));
        }

        @Test
        @DisplayName("nothing can be waived when nothing is forfeited")
        void nothingToWaive() {
            depositPaid(5_000);
            assertThat(ledger.waiveForfeit(NOON, PaymentReference.of("waiver-1"), "kind"))
                    .isEqualTo(new LedgerResult.Rejected(LedgerRejection.NOTHING_FORFEITED, gbp(0)));
        }
    }

    @Nested
    @DisplayName("reloading from storage")
    class Reloading {

        @Test
        @DisplayName("gives back the same totals")
        void sameTotals() {
            depositPaid(5_000);
            ledger.refund(gbp(1_500), NOON, PaymentReference.of("refund-a"), "goodwill");
            PaymentLedger reloaded = PaymentLedger.reload(appointment, "GBP", ledger.entries());
            assertThat(reloaded.refundable()).isEqualTo(gbp(3_500));
            assertThat(reloaded.entries()).isEqualTo(ledger.entries());
        }

        @Test
        @DisplayName("refuses a stored history that refunds more than it captured")
        void refusesOverRefundedHistory() {
            LedgerEntry refund = new LedgerEntry(
                    LedgerEntryId.derive(appointment, LedgerEntryKind.REFUND_ISSUED, PaymentReference.of("r")),
                    LedgerEntryKind.REFUND_ISSUED, gbp(1), NOON, PaymentReference.of("r"), "x");
            assertThatThrownBy(() -> PaymentLedger.reload(appointment, "GBP", List.of(refund)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("refuses an entry of another appointment")
        void refusesForeignEntry() {
            LedgerEntry foreign = new LedgerEntry(
                    LedgerEntryId.derive(AppointmentId.random(), LedgerEntryKind.DEPOSIT_PAID, INTENT),
                    LedgerEntryKind.DEPOSIT_PAID, gbp(1), NOON, INTENT, "x");
            assertThatThrownBy(() -> PaymentLedger.reload(appointment, "GBP", List.of(foreign)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("an entry must move a positive amount and give a reason")
    void entryInvariants() {
        LedgerEntryId id = LedgerEntryId.derive(appointment, LedgerEntryKind.DEPOSIT_PAID, INTENT);
        assertThatThrownBy(() -> new LedgerEntry(id, LedgerEntryKind.DEPOSIT_PAID, gbp(0), NOON, INTENT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LedgerEntry(id, LedgerEntryKind.DEPOSIT_PAID, gbp(1), NOON, INTENT, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
