package com.laca.application.payment.port.out;

import com.laca.application.shared.PaymentDeclinedException;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.IntentStatus;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every card-taking {@link PaymentGateway} must do, run against each implementation (in memory, Stripe
 * against a Stripe-shaped local server) so they cannot drift apart.
 */
public abstract class PaymentGatewayContract {

    /** The gateway under test, freshly set up for each test. */
    protected abstract PaymentGateway gateway();

    /** A clinic account the gateway under test accepts. */
    protected ConnectedAccountId account() {
        return ConnectedAccountId.of("acct_contract");
    }

    private final TenantId tenant = TenantId.random();

    private DepositIntentRequest deposit(AppointmentId appointment, long pence) {
        return DepositIntentRequest.of(tenant, appointment, account(), Money.of(pence, "GBP"));
    }

    private DepositCollection.CardIntent cardIntent(DepositIntentRequest request) {
        DepositCollection collection = gateway().createDepositIntent(request);
        assertThat(collection).isInstanceOf(DepositCollection.CardIntent.class);
        return (DepositCollection.CardIntent) collection;
    }

    private RefundRequest refund(PaymentIntentId intent, long pence, String clientKey) {
        return new RefundRequest(tenant, account(), intent, Money.of(pence, "GBP"),
                IdempotencyKeys.refund(tenant, AppointmentId.random(), clientKey), RefundReason.CANCELLED_IN_TIME);
    }

    @Test
    @DisplayName("takes cards and tells the browser which public key to use")
    void takesCards() {
        assertThat(gateway().mode()).isInstanceOf(GatewayMode.CardPayments.class);
    }

    @Test
    @DisplayName("prepares a card payment for exactly the deposit, with a client secret for the browser")
    void preparesCardPayment() {
        DepositCollection.CardIntent intent = cardIntent(deposit(AppointmentId.random(), 5_000));
        assertThat(intent.amount()).isEqualTo(Money.of(5_000, "GBP"));
        assertThat(intent.clientSecret()).isNotBlank();
        assertThat(intent.status()).isEqualTo(IntentStatus.REQUIRES_PAYMENT_METHOD);
    }

    @Test
    @DisplayName("asking twice for the same appointment's deposit gives the same payment, never a second one")
    void sameKeySameIntent() {
        DepositIntentRequest request = deposit(AppointmentId.random(), 5_000);
        assertThat(cardIntent(request).intent()).isEqualTo(cardIntent(request).intent());
    }

    @Test
    @DisplayName("different appointments get different payments")
    void differentAppointmentsDifferentIntents() {
        assertThat(cardIntent(deposit(AppointmentId.random(), 5_000)).intent())
                .isNotEqualTo(cardIntent(deposit(AppointmentId.random(), 5_000)).intent());
    }

    @Test
    @DisplayName("reusing a key for a different amount is refused for good, not silently answered")
    void keyReusedForAnotherRequest() {
        AppointmentId appointment = AppointmentId.random();
        cardIntent(deposit(appointment, 5_000));
        assertThatThrownBy(() -> gateway().createDepositIntent(deposit(appointment, 6_000)))
                .isInstanceOfSatisfying(PaymentDeclinedException.class, e ->
                        assertThat(e.reason()).isEqualTo(PaymentDeclinedException.Reason.IDEMPOTENCY_CONFLICT));
    }

    @Test
    @DisplayName("refunds part of a payment and says how much")
    void partialRefund() {
        PaymentIntentId intent = cardIntent(deposit(AppointmentId.random(), 5_000)).intent();
        RefundReceipt receipt = gateway().refund(refund(intent, 2_000, "r1"));
        assertThat(receipt.amount()).isEqualTo(Money.of(2_000, "GBP"));
        assertThat(receipt.status()).isIn(RefundStatus.PENDING, RefundStatus.SUCCEEDED);
    }

    @Test
    @DisplayName("the same refund request sent twice refunds once")
    void sameRefundKeySameRefund() {
        PaymentIntentId intent = cardIntent(deposit(AppointmentId.random(), 5_000)).intent();
        RefundRequest request = refund(intent, 2_000, "r1");
        assertThat(gateway().refund(request).refund()).isEqualTo(gateway().refund(request).refund());
    }

    @Test
    @DisplayName("an explicit platform fee is accepted")
    void explicitPlatformFee() {
        AppointmentId appointment = AppointmentId.random();
        DepositIntentRequest request = new DepositIntentRequest(tenant, appointment, account(), Money.of(5_000, "GBP"),
                IdempotencyKeys.depositIntent(tenant, appointment), Optional.of(Money.of(100, "GBP")));
        assertThat(cardIntent(request).amount()).isEqualTo(Money.of(5_000, "GBP"));
    }
}
