package com.laca.application.payment.service;

import com.laca.application.payment.port.in.DeskPaymentCommand;
import com.laca.application.payment.port.in.DeskPaymentOutcome;
import com.laca.application.payment.port.in.RefundCommand;
import com.laca.application.payment.port.in.RefundOutcome;
import com.laca.application.payment.port.out.RefundRequest;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.KeyReusedException;
import com.laca.application.shared.PaymentDeclinedException;
import com.laca.application.shared.PaymentGatewayUnavailableException;
import com.laca.domain.booking.CancellationOutcome;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.LedgerRejection;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Refunds, desk payments and cancellation settlement")
class PaymentsServiceTest {

    private final PaymentFixture fixture = paid();

    private static PaymentFixture paid() {
        PaymentFixture fixture = new PaymentFixture().withHeldDeposit();
        fixture.events.handle(fixture.succeeded("evt_paid"));
        return fixture;
    }

    private RefundCommand refund(long pence, String key) {
        return new RefundCommand(fixture.appointment, Optional.of(Money.of(pence, "GBP")),
                RefundReason.REQUESTED_BY_CLIENT, key);
    }

    @Test
    @DisplayName("a partial then a full refund send back exactly what was captured, and no more")
    void partialThenRest() {
        assertThat(fixture.payments.refund(fixture.caller(Role.FINANCE), refund(2_000, "k1")))
                .isInstanceOf(RefundOutcome.Refunded.class);
        RefundOutcome rest = fixture.payments.refund(fixture.caller(Role.OWNER), new RefundCommand(
                fixture.appointment, Optional.empty(), RefundReason.GOODWILL, "k2"));
        assertThat(((RefundOutcome.Refunded) rest).amount()).isEqualTo(Money.of(3_000, "GBP"));

        RefundOutcome more = fixture.payments.refund(fixture.caller(Role.MANAGER), refund(1, "k3"));
        assertThat(more).isEqualTo(new RefundOutcome.Rejected(LedgerRejection.EXCEEDS_REFUNDABLE,
                Money.zero("GBP")));
        assertThat(fixture.gateway.refundedOn(fixture.intent, "GBP")).isEqualTo(PaymentFixture.DEPOSIT);
    }

    @Test
    @DisplayName("the same request sent twice (same idempotency key) refunds once")
    void sameKeyOnce() {
        fixture.payments.refund(fixture.caller(Role.FINANCE), refund(2_000, "same"));
        fixture.payments.refund(fixture.caller(Role.FINANCE), refund(2_000, "same"));

        assertThat(fixture.ledger().refunded()).isEqualTo(Money.of(2_000, "GBP"));
        assertThat(fixture.gateway.refundedOn(fixture.intent, "GBP")).isEqualTo(Money.of(2_000, "GBP"));
    }

    @Test
    @DisplayName("ten concurrent refunds of 20 pounds against a 50 pound deposit refund at most 50 pounds")
    void concurrentRefundsNeverOverRefund() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RefundOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String key = "c" + i;
            futures.add(pool.submit(() -> {
                start.await();
                return fixture.payments.refund(fixture.caller(Role.FINANCE), refund(2_000, key));
            }));
        }
        start.countDown();
        List<RefundOutcome> outcomes = new ArrayList<>();
        for (Future<RefundOutcome> future : futures) {
            outcomes.add(future.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(o -> o instanceof RefundOutcome.Refunded).hasSize(2);
        assertThat(fixture.ledger().refunded()).isEqualTo(Money.of(4_000, "GBP"));
        assertThat(fixture.gateway.refundedOn(fixture.intent, "GBP")).isEqualTo(Money.of(4_000, "GBP"));
    }

    @Test
    @DisplayName("a refund the processor declines is recorded as failed and the money is refundable again")
    void declined() {
        fixture.gateway.failNextCallWith(new PaymentDeclinedException(
                PaymentDeclinedException.Reason.INVALID_REQUEST, "no"));

        RefundOutcome outcome = fixture.payments.refund(fixture.caller(Role.FINANCE), refund(2_000, "d1"));

        assertThat(outcome).isInstanceOf(RefundOutcome.Declined.class);
        assertThat(fixture.ledger().refundable()).isEqualTo(PaymentFixture.DEPOSIT);
        assertThat(fixture.payments.refund(fixture.caller(Role.FINANCE), refund(2_000, "d1")))
                .isInstanceOf(RefundOutcome.Declined.class);
    }

    @Test
    @DisplayName("when the processor is unreachable the refund stays reserved and the same request completes it")
    void unavailableThenRetry() {
        fixture.gateway.failNextCallWith(new PaymentGatewayUnavailableException("down"));
        assertThatThrownBy(() -> fixture.payments.refund(fixture.caller(Role.FINANCE), refund(2_000, "u1")))
                .isInstanceOf(PaymentGatewayUnavailableException.class);
        assertThat(fixture.ledger().refundable()).isEqualTo(Money.of(3_000, "GBP"));

        assertThat(fixture.payments.refund(fixture.caller(Role.FINANCE), refund(2_000, "u1")))
                .isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(fixture.gateway.refundedOn(fixture.intent, "GBP")).isEqualTo(Money.of(2_000, "GBP"));
    }

    @Test
    @DisplayName("a cancellation refund reserved while the processor was down is sent once it is back, and only once")
    void pendingCancellationRefund() {
        fixture.gateway.failNextCallWith(new PaymentGatewayUnavailableException("down"));
        assertThatThrownBy(() -> fixture.payments.settle(fixture.tenant, fixture.appointment,
                CancellationOutcome.FREE_CANCELLATION)).isInstanceOf(PaymentGatewayUnavailableException.class);
        assertThat(fixture.ledger().pendingRefunds()).hasSize(1);

        var view = fixture.payments.sendPendingRefunds(fixture.caller(Role.MANAGER), fixture.appointment);
        fixture.payments.sendPendingRefunds(fixture.caller(Role.MANAGER), fixture.appointment);

        assertThat(view.clinicRevenue().isZero()).isTrue();
        assertThat(fixture.ledger().pendingRefunds()).isEmpty();
        assertThat(fixture.gateway.calls()).hasSize(2);
        assertThat(((RefundRequest) fixture.gateway.calls().get(1)).reason())
                .isEqualTo(RefundReason.CANCELLED_IN_TIME);
        assertThat(fixture.gateway.refundedOn(fixture.intent, "GBP")).isEqualTo(PaymentFixture.DEPOSIT);
    }

    @Test
    @DisplayName("front desk and practitioners may not refund")
    void permissions() {
        assertThatThrownBy(() -> fixture.payments.refund(fixture.caller(Role.FRONTDESK), refund(100, "p")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.payments.refund(fixture.caller(Role.PRACTITIONER), refund(100, "p")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("a free cancellation refunds the deposit once and the ledger balances to zero")
    void freeCancellationRefunds() {
        assertThat(fixture.payments.settle(fixture.tenant, fixture.appointment,
                CancellationOutcome.FREE_CANCELLATION)).isEqualTo(SettlementResult.REFUNDED);
        fixture.payments.settle(fixture.tenant, fixture.appointment, CancellationOutcome.FREE_CANCELLATION);

        assertThat(fixture.ledger().clinicRevenue().isZero()).isTrue();
        assertThat(fixture.gateway.refundedOn(fixture.intent, "GBP")).isEqualTo(PaymentFixture.DEPOSIT);
    }

    @Test
    @DisplayName("a no-show forfeits the deposit; a waiver makes it refundable again")
    void noShowForfeitsThenWaive() {
        assertThat(fixture.payments.settle(fixture.tenant, fixture.appointment, CancellationOutcome.NO_SHOW))
                .isEqualTo(SettlementResult.FORFEITED);
        assertThat(fixture.ledger().refundable().isZero()).isTrue();
        assertThat(fixture.payments.refund(fixture.caller(Role.OWNER), refund(100, "f1")))
                .isInstanceOf(RefundOutcome.Rejected.class);

        var view = fixture.payments.waiveForfeit(fixture.caller(Role.OWNER), fixture.appointment, "goodwill");
        assertThat(view.refundable()).isEqualTo(PaymentFixture.DEPOSIT);
        assertThatThrownBy(() -> fixture.payments.waiveForfeit(fixture.caller(Role.OWNER), fixture.appointment, "x"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("a late cancellation forfeits; a reschedule carries the deposit over")
    void lateCancellationAndReschedule() {
        assertThat(fixture.payments.settle(fixture.tenant, fixture.appointment, CancellationOutcome.RESCHEDULED))
                .isEqualTo(SettlementResult.NOTHING_TO_SETTLE);
        assertThat(fixture.payments.settle(fixture.tenant, fixture.appointment,
                CancellationOutcome.LATE_CANCELLATION)).isEqualTo(SettlementResult.FORFEITED);
        assertThat(fixture.ledger().clinicRevenue()).isEqualTo(PaymentFixture.DEPOSIT);
    }

    @Test
    @DisplayName("the rest paid at the desk leaves nothing due; the same receipt counts once")
    void deskPayment() {
        var command = new DeskPaymentCommand(fixture.appointment, Money.of(15_000, "GBP"), PaymentReference.of("R-1"));
        fixture.payments.recordDeskPayment(fixture.caller(Role.FRONTDESK), command);
        var view = ((DeskPaymentOutcome.Recorded) fixture.payments.recordDeskPayment(fixture.caller(Role.FRONTDESK),
                command)).ledger();

        assertThat(view.balanceDue().isZero()).isTrue();
        assertThat(view.clinicRevenue()).isEqualTo(PaymentFixture.PRICE);
        assertThat(fixture.payments.ledger(fixture.caller(Role.FINANCE), fixture.appointment).paidAtDesk())
                .isEqualTo(Money.of(15_000, "GBP"));
    }

    @Test
    @DisplayName("the desk cannot take more than is due: ten trillion on a £200 treatment is refused with what is due, "
            + "and nothing is recorded")
    void deskPaymentBoundedByBalanceDue() {
        DeskPaymentOutcome outcome = fixture.payments.recordDeskPayment(fixture.caller(Role.FRONTDESK),
                new DeskPaymentCommand(fixture.appointment, Money.of(1_000_000_000_000_000L, "GBP"),
                        PaymentReference.of("R-1")));

        assertThat(outcome).isEqualTo(new DeskPaymentOutcome.ExceedsBalanceDue(Money.of(15_000, "GBP")));
        assertThat(fixture.ledger().paidAtDesk().isZero()).isTrue();
    }

    @Test
    @DisplayName("a refused desk payment on an appointment without a ledger leaves no ledger behind")
    void refusedDeskPaymentOpensNoLedger() {
        AppointmentId other = AppointmentId.random();
        fixture.ports.tx().inTenant(fixture.tenant, () -> {
            fixture.appointments.hold(other, PaymentFixture.NOW.plus(Duration.ofMinutes(15)),
                    PaymentFixture.NOW.plus(Duration.ofDays(7)), PaymentFixture.PRICE);
            return null;
        });

        DeskPaymentOutcome outcome = fixture.payments.recordDeskPayment(fixture.caller(Role.FRONTDESK),
                new DeskPaymentCommand(other, Money.of(PaymentFixture.PRICE.minorUnits() + 1, "GBP"),
                        PaymentReference.of("R-1")));

        assertThat(outcome).isEqualTo(new DeskPaymentOutcome.ExceedsBalanceDue(PaymentFixture.PRICE));
        assertThat(fixture.ports.tx().inTenant(fixture.tenant, () -> fixture.ports.ledgers().find(other))).isEmpty();
    }

    @Test
    @DisplayName("a receipt number sent again with another amount is refused and changes nothing; with the same "
            + "amount it answers as the first time")
    void receiptReused() {
        var first = new DeskPaymentCommand(fixture.appointment, Money.of(2_000, "GBP"), PaymentReference.of("R-1"));
        fixture.payments.recordDeskPayment(fixture.caller(Role.FRONTDESK), first);

        assertThatThrownBy(() -> fixture.payments.recordDeskPayment(fixture.caller(Role.FRONTDESK),
                new DeskPaymentCommand(fixture.appointment, Money.of(3_000, "GBP"), PaymentReference.of("R-1"))))
                .isInstanceOf(KeyReusedException.class).hasMessageContaining("£20.00");
        assertThat(fixture.payments.recordDeskPayment(fixture.caller(Role.FRONTDESK), first))
                .isInstanceOf(DeskPaymentOutcome.Recorded.class);
        assertThat(fixture.ledger().paidAtDesk()).isEqualTo(Money.of(2_000, "GBP"));
    }

    @Test
    @DisplayName("a refund's key sent again with another amount, another reason or as a full refund is refused and "
            + "refunds nothing more")
    void refundKeyReused() {
        fixture.payments.refund(fixture.caller(Role.FINANCE), refund(500, "k"));

        assertThatThrownBy(() -> fixture.payments.refund(fixture.caller(Role.FINANCE), refund(700, "k")))
                .isInstanceOf(KeyReusedException.class).hasMessageContaining("£5.00");
        assertThatThrownBy(() -> fixture.payments.refund(fixture.caller(Role.FINANCE), new RefundCommand(
                fixture.appointment, Optional.of(Money.of(500, "GBP")), RefundReason.GOODWILL, "k")))
                .isInstanceOf(KeyReusedException.class);
        assertThatThrownBy(() -> fixture.payments.refund(fixture.caller(Role.FINANCE), new RefundCommand(
                fixture.appointment, Optional.empty(), RefundReason.REQUESTED_BY_CLIENT, "k")))
                .isInstanceOf(KeyReusedException.class);
        assertThat(fixture.ledger().refunded()).isEqualTo(Money.of(500, "GBP"));
        assertThat(fixture.gateway.refundedOn(fixture.intent, "GBP")).isEqualTo(Money.of(500, "GBP"));
    }

    @Test
    @DisplayName("a full refund sent again with its key answers as the first time (it used to be refused once nothing "
            + "was left to refund), and another amount under that key is refused")
    void fullRefundRetried() {
        RefundCommand everything = new RefundCommand(fixture.appointment, Optional.empty(), RefundReason.GOODWILL,
                "all");
        RefundOutcome first = fixture.payments.refund(fixture.caller(Role.FINANCE), everything);

        assertThat(fixture.payments.refund(fixture.caller(Role.FINANCE), everything)).isEqualTo(first);
        assertThatThrownBy(() -> fixture.payments.refund(fixture.caller(Role.FINANCE), new RefundCommand(
                fixture.appointment, Optional.of(PaymentFixture.DEPOSIT), RefundReason.GOODWILL, "all")))
                .isInstanceOf(KeyReusedException.class).hasMessageContaining("full refund");
        assertThat(fixture.gateway.refundedOn(fixture.intent, "GBP")).isEqualTo(PaymentFixture.DEPOSIT);
    }
}
