package com.laca.application.payment.service;

import com.laca.application.payment.port.in.PaymentEventOutcome;
import com.laca.application.payment.port.out.IdempotencyKeys;
import com.laca.application.payment.port.out.RefundRequest;
import com.laca.application.shared.PaymentDeclinedException;
import com.laca.application.shared.PaymentGatewayUnavailableException;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.payment.IntentStatus;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Applying the payment processor's events")
class HandlePaymentEventServiceTest {

    private final PaymentFixture fixture = new PaymentFixture().withHeldDeposit();

    private long count(LedgerEntryKind kind) {
        return fixture.ledger().entries().stream().filter(entry -> entry.kind() == kind).count();
    }

    @Test
    @DisplayName("a successful payment records the deposit and confirms the held appointment")
    void successConfirms() {
        PaymentEventOutcome outcome = fixture.events.handle(fixture.succeeded("evt_1"));

        assertThat(outcome).isInstanceOf(PaymentEventOutcome.Applied.class);
        assertThat(fixture.appointmentStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(fixture.ledger().captured()).isEqualTo(PaymentFixture.DEPOSIT);
        assertThat(fixture.intentStatus()).isEqualTo(IntentStatus.SUCCEEDED);
        assertThat(fixture.ledger().balanceDue(PaymentFixture.PRICE)).isEqualTo(Money.of(15_000, "GBP"));
    }

    @Test
    @DisplayName("the same event delivered ten times in a row has one effect")
    void tenSequentialDuplicates() {
        List<PaymentEventOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            outcomes.add(fixture.events.handle(fixture.succeeded("evt_dup")));
        }

        assertThat(outcomes.get(0)).isInstanceOf(PaymentEventOutcome.Applied.class);
        assertThat(outcomes.subList(1, 10)).allMatch(o -> o instanceof PaymentEventOutcome.AlreadyProcessed);
        assertThat(count(LedgerEntryKind.DEPOSIT_PAID)).isEqualTo(1);
        assertThat(fixture.confirmations()).isEqualTo(1);
    }

    @Test
    @DisplayName("the same event delivered ten times at once has one effect")
    void tenConcurrentDuplicates() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PaymentEventOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Callable<PaymentEventOutcome> call = () -> {
                start.await();
                return fixture.events.handle(fixture.succeeded("evt_race"));
            };
            futures.add(pool.submit(call));
        }
        start.countDown();
        List<PaymentEventOutcome> outcomes = new ArrayList<>();
        for (Future<PaymentEventOutcome> future : futures) {
            outcomes.add(future.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(o -> o instanceof PaymentEventOutcome.Applied).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof PaymentEventOutcome.AlreadyProcessed).hasSize(9);
        assertThat(count(LedgerEntryKind.DEPOSIT_PAID)).isEqualTo(1);
        assertThat(fixture.confirmations()).isEqualTo(1);
    }

    @Test
    @DisplayName("a failure reported after the success does not move the payment backwards")
    void lateFailureIgnored() {
        fixture.events.handle(fixture.succeeded("evt_ok"));
        fixture.events.handle(fixture.failed("evt_failed_earlier"));
        fixture.events.handle(fixture.canceled("evt_canceled_late"));

        assertThat(fixture.intentStatus()).isEqualTo(IntentStatus.SUCCEEDED);
        assertThat(fixture.appointmentStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    @DisplayName("a failed attempt then a success: the hold runs on, then the appointment is confirmed")
    void failureThenSuccess() {
        fixture.events.handle(fixture.failed("evt_fail"));
        assertThat(fixture.intentStatus()).isEqualTo(IntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(fixture.appointmentStatus()).isEqualTo(AppointmentStatus.HELD);

        fixture.events.handle(fixture.succeeded("evt_ok"));
        assertThat(fixture.appointmentStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    @DisplayName("a cancelled payment leaves the hold to lapse by itself")
    void canceledLeavesHold() {
        fixture.events.handle(fixture.canceled("evt_cancel"));

        assertThat(fixture.intentStatus()).isEqualTo(IntentStatus.CANCELED);
        assertThat(fixture.appointmentStatus()).isEqualTo(AppointmentStatus.HELD);
        assertThat(fixture.ledger().captured().isZero()).isTrue();
    }

    @Test
    @DisplayName("a refund reported before the payment fails until the payment is in, then converges")
    void refundBeforePayment() {
        assertThatThrownBy(() -> fixture.events.handle(fixture.refunded("evt_refund", 5_000)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(fixture.ports.tx().asPlatform(
                () -> fixture.ports.processed().isProcessed(fixture.header("evt_refund").id()))).isFalse();

        fixture.events.handle(fixture.succeeded("evt_ok"));
        fixture.events.handle(fixture.refunded("evt_refund", 5_000));

        assertThat(fixture.ledger().refunded()).isEqualTo(PaymentFixture.DEPOSIT);
        assertThat(fixture.ledger().refundable().isZero()).isTrue();
    }

    @Test
    @DisplayName("refund totals reported out of order converge on the processor's latest total")
    void refundTotalsConverge() {
        fixture.events.handle(fixture.succeeded("evt_ok"));
        fixture.events.handle(fixture.refunded("evt_r2", 3_000));
        fixture.events.handle(fixture.refunded("evt_r1", 1_000));
        fixture.events.handle(fixture.refunded("evt_r2_again", 3_000));

        assertThat(fixture.ledger().refunded()).isEqualTo(Money.of(3_000, "GBP"));
    }

    @Test
    @DisplayName("a dispute flags the appointment's ledger for the owner")
    void disputeFlags() {
        fixture.events.handle(fixture.succeeded("evt_ok"));
        fixture.events.handle(fixture.disputed("evt_dispute"));

        assertThat(fixture.ledger().disputed()).isTrue();
        assertThat(fixture.ledger().captured()).isEqualTo(PaymentFixture.DEPOSIT);
    }

    @Test
    @DisplayName("a payment after the hold lapsed is refunded automatically when the slot was taken, never double-booked")
    void latePaymentSlotTaken() {
        fixture.clock.advance(Duration.ofMinutes(20));
        fixture.ports.tx().inTenant(fixture.tenant, () -> {
            fixture.appointments.giveSlotAway(fixture.appointment);
            return null;
        });

        fixture.events.handle(fixture.succeeded("evt_late"));

        assertThat(fixture.appointmentStatus()).isEqualTo(AppointmentStatus.EXPIRED);
        assertThat(fixture.confirmations()).isZero();
        assertThat(fixture.ledger().captured()).isEqualTo(PaymentFixture.DEPOSIT);
        assertThat(fixture.ledger().refunded()).isEqualTo(PaymentFixture.DEPOSIT);
        RefundRequest refund = (RefundRequest) fixture.gateway.calls().get(0);
        assertThat(refund.idempotencyKey()).isEqualTo(
                IdempotencyKeys.automaticRefund(fixture.tenant, fixture.appointment, fixture.intent));
        assertThat(refund.reason()).isEqualTo(RefundReason.LATE_PAYMENT_SLOT_TAKEN);
        assertThat(fixture.ledger().entries()).anyMatch(entry -> entry.kind() == LedgerEntryKind.REFUND_ISSUED
                && entry.reason().contains("LATE_PAYMENT_SLOT_TAKEN"));
    }

    @Test
    @DisplayName("a payment after the hold lapsed is refunded even when the slot is still free: expired stays expired")
    void latePaymentSlotFree() {
        fixture.clock.advance(Duration.ofMinutes(20));

        fixture.events.handle(fixture.succeeded("evt_late"));

        assertThat(fixture.appointmentStatus()).isEqualTo(AppointmentStatus.EXPIRED);
        assertThat(((RefundRequest) fixture.gateway.calls().get(0)).reason())
                .isEqualTo(RefundReason.LATE_PAYMENT_HOLD_LAPSED);
        assertThat(fixture.ledger().clinicRevenue().isZero()).isTrue();
    }

    @Test
    @DisplayName("an automatic refund the processor could not take is sent again, with the same key, on redelivery")
    void automaticRefundRetried() {
        fixture.clock.advance(Duration.ofMinutes(20));
        fixture.ports.tx().inTenant(fixture.tenant, () -> {
            fixture.appointments.giveSlotAway(fixture.appointment);
            return null;
        });
        fixture.gateway.failNextCallWith(new PaymentGatewayUnavailableException("down"));
        var event = fixture.succeeded("evt_late");
        var deadLetters = new PaymentDeadLettersService(fixture.ports.tx(), fixture.ports.deadLetters(),
                fixture.events, payload -> event, fixture.clock);

        try {
            fixture.events.handle(event);
        } catch (PaymentGatewayUnavailableException e) {
            deadLetters.recordFailure(event.header().id(), "payment_intent.succeeded", "{}", e);
        }
        assertThat(fixture.events.handle(event)).isInstanceOf(PaymentEventOutcome.AlreadyProcessed.class);

        assertThat(fixture.gateway.calls()).hasSize(2).allMatch(call -> ((RefundRequest) call).idempotencyKey()
                .equals(IdempotencyKeys.automaticRefund(fixture.tenant, fixture.appointment, fixture.intent)));
        assertThat(fixture.gateway.refundedOn(fixture.intent, "GBP")).isEqualTo(PaymentFixture.DEPOSIT);
        assertThat(fixture.ports.tx().asPlatform(() -> fixture.ports.deadLetters().find(event.header().id()))
                .orElseThrow().resolvedAt()).isPresent();
        fixture.events.handle(event);
        assertThat(fixture.gateway.calls()).hasSize(2);
    }

    @Test
    @DisplayName("an automatic refund the processor declines is recorded as failed, so the money shows as held")
    void automaticRefundDeclined() {
        fixture.ports.tx().inTenant(fixture.tenant, () -> {
            fixture.appointments.put(fixture.appointment, AppointmentStatus.CANCELLED,
                    PaymentFixture.NOW.plus(Duration.ofDays(7)), PaymentFixture.PRICE);
            return null;
        });
        fixture.gateway.failNextCallWith(new PaymentDeclinedException(
                PaymentDeclinedException.Reason.INVALID_REQUEST, "no"));

        fixture.events.handle(fixture.succeeded("evt_after_cancel"));

        assertThat(count(LedgerEntryKind.REFUND_FAILED)).isEqualTo(1);
        assertThat(fixture.ledger().refundable()).isEqualTo(PaymentFixture.DEPOSIT);
    }

    @Test
    @DisplayName("an event for a payment that is not ours is ignored; one with our metadata but unknown fails")
    void unknownIntent() {
        PaymentFixture other = new PaymentFixture();
        assertThat(other.events.handle(other.refunded("evt_x", 100)))
                .isInstanceOf(PaymentEventOutcome.Ignored.class);
        assertThatThrownBy(() -> other.events.handle(other.succeeded("evt_y")))
                .isInstanceOf(IllegalStateException.class);
    }
}
