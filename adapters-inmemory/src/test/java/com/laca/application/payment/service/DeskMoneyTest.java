package com.laca.application.payment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.payment.port.in.DeskPaymentCommand;
import com.laca.application.payment.port.in.DeskPaymentOutcome;
import com.laca.application.payment.port.in.LedgerView;
import com.laca.application.payment.port.in.RefundCommand;
import com.laca.application.payment.port.in.RefundOutcome;
import com.laca.application.shared.ConflictException;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.CancellationOutcome;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.LedgerEntry;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.payment.LedgerRejection;
import com.laca.domain.payment.LedgerResult;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.Money;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Money taken at the front desk: it confirms a hold, can be refunded and forfeited, and never overpays")
class DeskMoneyTest {

    private static final Money DEPOSIT = PaymentFixture.DEPOSIT;

    private final PaymentFixture fixture = new PaymentFixture();

    /** A confirmed appointment in a clinic that takes no cards: its deposit is due at the desk. */
    private PaymentFixture deskMode() {
        fixture.ports.tx().inTenant(fixture.tenant, () -> {
            fixture.appointments.put(fixture.appointment, AppointmentStatus.CONFIRMED,
                    PaymentFixture.NOW.plus(Duration.ofDays(7)), PaymentFixture.PRICE);
            var ledger = fixture.ports.ledgers().lockOrOpen(fixture.appointment, PaymentFixture.PRICE).ledger();
            fixture.ports.ledgers().append(fixture.appointment, ((LedgerResult.Recorded) ledger.depositDueAtDesk(
                    DEPOSIT, PaymentFixture.NOW, PaymentReference.of("pay-at-clinic"))).entry());
            return null;
        });
        return fixture;
    }

    private DeskPaymentOutcome payAtDesk(long pence, String receipt) {
        return fixture.payments.recordDeskPayment(fixture.caller(Role.FRONTDESK),
                new DeskPaymentCommand(fixture.appointment, Money.of(pence, "GBP"), PaymentReference.of(receipt)));
    }

    private RefundOutcome refund(Optional<Money> amount, String key) {
        return fixture.payments.refund(fixture.caller(Role.OWNER),
                new RefundCommand(fixture.appointment, amount, RefundReason.REQUESTED_BY_CLIENT, key));
    }

    private long entries(LedgerEntryKind kind) {
        return fixture.ledger().entries().stream().map(LedgerEntry::kind).filter(kind::equals).count();
    }

    @Test
    @DisplayName("card mode: a phone booking's deposit paid at the desk confirms the hold at once, so it never lapses")
    void deskPaymentConfirmsTheHold() {
        fixture.withHeldDeposit();

        assertThat(payAtDesk(DEPOSIT.minorUnits(), "R-1")).isInstanceOf(DeskPaymentOutcome.Recorded.class);

        assertThat(fixture.appointmentStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
        fixture.clock.advance(Duration.ofMinutes(30));
        assertThat(fixture.appointmentStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(fixture.confirmations()).isEqualTo(1);
    }

    @Test
    @DisplayName("card mode: less than the deposit at the desk leaves the hold as it is")
    void partOfTheDepositKeepsTheHold() {
        fixture.withHeldDeposit();

        payAtDesk(1_000, "R-1");

        assertThat(fixture.appointmentStatus()).isEqualTo(AppointmentStatus.HELD);
    }

    @Test
    @DisplayName("card mode: a hold that has lapsed is not revived by a desk payment, which is refused and not kept")
    void lapsedHoldRefusesDeskPayment() {
        fixture.withHeldDeposit();
        fixture.clock.advance(Duration.ofMinutes(16));

        assertThatThrownBy(() -> payAtDesk(DEPOSIT.minorUnits(), "R-1")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("lapsed");
        assertThat(fixture.ledger().paidAtDesk().isZero()).isTrue();
    }

    @Test
    @DisplayName("desk mode: a free cancellation gives the deposit back at the desk, written in the ledger")
    void freeCancellationRefundsAtDesk() {
        deskMode();
        payAtDesk(DEPOSIT.minorUnits(), "R-1");

        assertThat(fixture.payments.settle(fixture.tenant, fixture.appointment,
                CancellationOutcome.FREE_CANCELLATION)).isEqualTo(SettlementResult.REFUNDED);
        fixture.payments.settle(fixture.tenant, fixture.appointment, CancellationOutcome.FREE_CANCELLATION);

        assertThat(entries(LedgerEntryKind.REFUNDED_AT_DESK)).isEqualTo(1);
        assertThat(fixture.ledger().refunded()).isEqualTo(DEPOSIT);
        assertThat(fixture.ledger().clinicRevenue().isZero()).isTrue();
        assertThat(fixture.gateway.refundedOn(fixture.intent, "GBP").isZero()).isTrue();
    }

    @Test
    @DisplayName("desk mode: a late cancellation and a no-show write the forfeit they announce")
    void lateCancellationForfeitsDeskDeposit() {
        deskMode();
        payAtDesk(DEPOSIT.minorUnits(), "R-1");

        assertThat(fixture.payments.settle(fixture.tenant, fixture.appointment, CancellationOutcome.NO_SHOW))
                .isEqualTo(SettlementResult.FORFEITED);

        assertThat(entries(LedgerEntryKind.DEPOSIT_FORFEITED)).isEqualTo(1);
        assertThat(fixture.ledger().forfeited()).isEqualTo(DEPOSIT);
        assertThat(fixture.ledger().clinicRevenue()).isEqualTo(DEPOSIT);
    }

    @Test
    @DisplayName("desk mode: staff refund desk money at the desk, never more than was taken, and a retry refunds once")
    void staffRefundAtDesk() {
        deskMode();
        payAtDesk(DEPOSIT.minorUnits(), "R-1");

        assertThat(refund(Optional.of(Money.of(5_001, "GBP")), "k1")).isEqualTo(
                new RefundOutcome.Rejected(LedgerRejection.EXCEEDS_REFUNDABLE, DEPOSIT));
        RefundOutcome full = refund(Optional.empty(), "k2");
        assertThat(full).isInstanceOfSatisfying(RefundOutcome.Refunded.class,
                refunded -> assertThat(refunded.amount()).isEqualTo(DEPOSIT));
        assertThat(refund(Optional.empty(), "k2")).isInstanceOf(RefundOutcome.Refunded.class);

        assertThat(entries(LedgerEntryKind.REFUNDED_AT_DESK)).isEqualTo(1);
        assertThat(fixture.gateway.refundedOn(fixture.intent, "GBP").isZero()).isTrue();
    }

    @Test
    @DisplayName("a second desk payment on a fully paid appointment is refused, saying nothing is due")
    void overpaymentRefused() {
        deskMode();
        assertThat(payAtDesk(PaymentFixture.PRICE.minorUnits(), "R-1")).isInstanceOf(DeskPaymentOutcome.Recorded.class);

        assertThat(payAtDesk(DEPOSIT.minorUnits(), "R-2"))
                .isEqualTo(new DeskPaymentOutcome.ExceedsBalanceDue(Money.zero("GBP")));
        assertThat(fixture.ledger().clinicRevenue()).isEqualTo(PaymentFixture.PRICE);
    }

    @Test
    @DisplayName("a cancelled appointment whose deposit was refunded owes nothing: its balance due reads zero")
    void cancelledOwesNothing() {
        deskMode();
        payAtDesk(DEPOSIT.minorUnits(), "R-1");
        fixture.ports.tx().inTenant(fixture.tenant, () -> {
            fixture.appointments.put(fixture.appointment, AppointmentStatus.CANCELLED,
                    PaymentFixture.NOW.plus(Duration.ofDays(7)), PaymentFixture.PRICE);
            return null;
        });
        fixture.payments.settle(fixture.tenant, fixture.appointment, CancellationOutcome.FREE_CANCELLATION);

        LedgerView view = fixture.payments.ledger(fixture.caller(Role.OWNER), fixture.appointment);

        assertThat(view.refunded()).isEqualTo(DEPOSIT);
        assertThat(view.balanceDue().isZero()).isTrue();
    }
}
