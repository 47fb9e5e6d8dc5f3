package com.laca.adapter.payments.stripe;

import com.laca.application.payment.port.out.DepositCollection;
import com.laca.application.payment.port.out.DepositIntentRequest;
import com.laca.application.payment.port.out.IdempotencyKeys;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.PaymentGatewayContract;
import com.laca.application.payment.port.out.RefundRequest;
import com.laca.application.shared.PaymentDeclinedException;
import com.laca.application.shared.PaymentGatewayUnavailableException;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Stripe payment gateway against a Stripe-shaped local server")
class StripePaymentGatewayTest extends PaymentGatewayContract {

    private static final ConnectedAccountId CLINIC = ConnectedAccountId.of("acct_clinic_1");
    private static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    private FakeStripeServer stripe;
    private StripePaymentGateway gateway;
    private final TenantId tenant = TenantId.random();
    private final AppointmentId appointment = AppointmentId.random();

    @BeforeEach
    void start() throws IOException {
        stripe = new FakeStripeServer();
        gateway = new StripePaymentGateway(new StripeConfig("sk_test_platform", "pk_test_platform",
                "whsec_test_unused", stripe.base(), 250, Duration.ofMillis(500), READ_TIMEOUT, 1));
    }

    @AfterEach
    void stop() {
        stripe.close();
    }

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected ConnectedAccountId account() {
        return CLINIC;
    }

    private DepositIntentRequest deposit() {
        return DepositIntentRequest.of(tenant, appointment, CLINIC, Money.of(5_000, "GBP"));
    }

    private String depositKey() {
        return IdempotencyKeys.depositIntent(tenant, appointment).value();
    }

    @Test
    @DisplayName("creates the payment on the clinic's account with amount, currency, metadata, fee and key on the wire")
    void wireFormat() {
        DepositCollection.CardIntent intent = (DepositCollection.CardIntent) gateway.createDepositIntent(deposit());

        assertThat(intent.intent().value()).startsWith("pi_fake_");
        assertThat(intent.clientSecret()).isEqualTo(intent.intent().value() + "_secret_x");
        assertThat(intent.amount()).isEqualTo(Money.of(5_000, "GBP"));

        FakeStripeServer.Request sent = stripe.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/payment_intents");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer sk_test_platform");
        assertThat(sent.header("Stripe-Account")).isEqualTo("acct_clinic_1");
        assertThat(sent.header("Idempotency-Key")).isEqualTo(depositKey());
        assertThat(sent.form()).containsAllEntriesOf(Map.of(
                "amount", "5000",
                "currency", "gbp",
                "metadata[tenant]", tenant.toString(),
                "metadata[appointment]", appointment.toString(),
                "automatic_payment_methods[enabled]", "true",
                "application_fee_amount", "125"));
    }

    @Test
    @DisplayName("an explicit platform fee replaces the configured one")
    void explicitFeeOnTheWire() {
        gateway.createDepositIntent(new DepositIntentRequest(tenant, appointment, CLINIC, Money.of(5_000, "GBP"),
                IdempotencyKeys.depositIntent(tenant, appointment), Optional.of(Money.of(99, "GBP"))));
        assertThat(stripe.requests().get(0).form()).containsEntry("application_fee_amount", "99");
    }

    @Test
    @DisplayName("sends no platform fee when none is configured")
    void noFee() {
        StripePaymentGateway feeless = new StripePaymentGateway(new StripeConfig("sk_test_platform",
                "pk_test_platform", "whsec_test_unused", stripe.base(), 0, Duration.ofMillis(500), READ_TIMEOUT, 1));
        feeless.createDepositIntent(deposit());
        assertThat(stripe.requests().get(0).form()).doesNotContainKey("application_fee_amount");
    }

    @Test
    @DisplayName("a declined card is refused for good and not retried")
    void cardDeclined() {
        stripe.thenAnswer(request -> FakeStripeServer.Reply.of(402,
                "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\","
                        + "\"decline_code\":\"insufficient_funds\",\"message\":\"Your card has insufficient funds.\"}}"));

        assertThatThrownBy(() -> gateway.createDepositIntent(deposit()))
                .isInstanceOfSatisfying(PaymentDeclinedException.class, e ->
                        assertThat(e.reason()).isEqualTo(PaymentDeclinedException.Reason.CARD_DECLINED));
        assertThat(stripe.requests()).hasSize(1);
    }

    @Test
    @DisplayName("a Stripe 500 is retried with the same idempotency key, and the retry succeeds")
    void serverErrorThenSuccess() {
        stripe.thenAnswer(request -> FakeStripeServer.Reply.of(500, FakeStripeServer.error("api_error", "internal")));

        DepositCollection collection = gateway.createDepositIntent(deposit());

        assertThat(collection).isInstanceOf(DepositCollection.CardIntent.class);
        assertThat(stripe.requests()).hasSize(2)
                .extracting(request -> request.header("Idempotency-Key"))
                .containsOnly(depositKey());
    }

    @Test
    @DisplayName("Stripe failing on every attempt means 'try again later', and a later call gets the same payment")
    void serverErrorsThenLaterRetry() {
        stripe.thenAnswer(request -> FakeStripeServer.Reply.of(503, FakeStripeServer.error("api_error", "down")));
        stripe.thenAnswer(request -> FakeStripeServer.Reply.of(503, FakeStripeServer.error("api_error", "down")));

        assertThatThrownBy(() -> gateway.createDepositIntent(deposit()))
                .isInstanceOf(PaymentGatewayUnavailableException.class);
        DepositCollection.CardIntent first = (DepositCollection.CardIntent) gateway.createDepositIntent(deposit());
        DepositCollection.CardIntent second = (DepositCollection.CardIntent) gateway.createDepositIntent(deposit());

        assertThat(first.intent()).isEqualTo(second.intent());
        assertThat(stripe.requests()).extracting(request -> request.header("Idempotency-Key"))
                .containsOnly(depositKey());
    }

    @Test
    @DisplayName("a rate limit (429) means 'try again later'")
    void rateLimited() {
        stripe.thenAnswer(request -> FakeStripeServer.Reply.of(429,
                FakeStripeServer.error("invalid_request_error", "rate_limit")));

        assertThatThrownBy(() -> gateway.createDepositIntent(deposit()))
                .isInstanceOf(PaymentGatewayUnavailableException.class);
    }

    @Test
    @DisplayName("a slow Stripe times out, is retried with the same key, and then means 'try again later'")
    void timeOut() {
        FakeStripeServer.Responder slow = request -> {
            Thread.sleep(READ_TIMEOUT.multipliedBy(3).toMillis());
            return FakeStripeServer.Reply.of(200, "{}");
        };
        stripe.thenAnswer(slow);
        stripe.thenAnswer(slow);

        assertThatThrownBy(() -> gateway.createDepositIntent(deposit()))
                .isInstanceOf(PaymentGatewayUnavailableException.class);
        assertThat(stripe.requests()).hasSize(2)
                .extracting(request -> request.header("Idempotency-Key"))
                .containsOnly(depositKey());
    }

    @Test
    @DisplayName("a garbled answer means 'try again later', never a half-read payment")
    void garbledAnswer() {
        stripe.thenAnswer(request -> FakeStripeServer.Reply.of(200, "<html>proxy error</html>"));

        assertThatThrownBy(() -> gateway.createDepositIntent(deposit()))
                .isInstanceOf(PaymentGatewayUnavailableException.class);
    }

    @Test
    @DisplayName("an answer without the payment's id or amount means 'try again later'")
    void incompleteAnswer() {
        stripe.thenAnswer(request -> FakeStripeServer.Reply.of(200, "{\"object\":\"payment_intent\"}"));

        assertThatThrownBy(() -> gateway.createDepositIntent(deposit()))
                .isInstanceOf(PaymentGatewayUnavailableException.class);
    }

    @Test
    @DisplayName("a bad API key is refused for good")
    void badApiKey() {
        stripe.thenAnswer(request -> FakeStripeServer.Reply.of(401,
                FakeStripeServer.error("invalid_request_error", "api_key_invalid")));

        assertThatThrownBy(() -> gateway.createDepositIntent(deposit()))
                .isInstanceOfSatisfying(PaymentDeclinedException.class, e ->
                        assertThat(e.reason()).isEqualTo(PaymentDeclinedException.Reason.NOT_AUTHORISED));
    }

    @Test
    @DisplayName("an invalid refund (e.g. more than was paid) is refused for good")
    void invalidRefund() {
        stripe.thenAnswer(request -> FakeStripeServer.Reply.of(400,
                FakeStripeServer.error("invalid_request_error", "amount_too_large")));

        assertThatThrownBy(() -> gateway.refund(refundRequest()))
                .isInstanceOfSatisfying(PaymentDeclinedException.class, e ->
                        assertThat(e.reason()).isEqualTo(PaymentDeclinedException.Reason.INVALID_REQUEST));
    }

    @Test
    @DisplayName("refunds on the clinic's account with amount, reason and key on the wire")
    void refundWireFormat() {
        gateway.refund(refundRequest());

        FakeStripeServer.Request sent = stripe.requests().get(0);
        assertThat(sent.path()).isEqualTo("/v1/refunds");
        assertThat(sent.header("Stripe-Account")).isEqualTo("acct_clinic_1");
        assertThat(sent.header("Idempotency-Key"))
                .isEqualTo(IdempotencyKeys.refund(tenant, appointment, "staff-key-1").value());
        assertThat(sent.form()).containsAllEntriesOf(Map.of(
                "payment_intent", "pi_123",
                "amount", "2000",
                "reason", "requested_by_customer",
                "metadata[reason]", "CANCELLED_IN_TIME",
                "metadata[tenant]", tenant.toString()));
    }

    @Test
    @DisplayName("never puts the secret key into its description")
    void secretsNotPrinted() {
        StripeConfig config = new StripeConfig("sk_test_platform", "pk_test_platform", "whsec_test_secret",
                stripe.base(), 0, Duration.ofMillis(500), READ_TIMEOUT, 1);
        assertThat(config.toString()).doesNotContain("sk_test_platform", "whsec_test_secret");
    }

    private RefundRequest refundRequest() {
        return new RefundRequest(tenant, CLINIC, PaymentIntentId.of("pi_123"), Money.of(2_000, "GBP"),
                IdempotencyKeys.refund(tenant, appointment, "staff-key-1"), RefundReason.CANCELLED_IN_TIME);
    }
}
