package com.laca.adapter.payments.stripe;

import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.DepositSubject;
import com.laca.domain.payment.EventHeader;
import com.laca.domain.payment.PaymentEvent;
import com.laca.domain.payment.PaymentEventId;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static com.laca.adapter.payments.stripe.StripeEvents.event;
import static com.laca.adapter.payments.stripe.StripeEvents.metadata;
import static com.laca.adapter.payments.stripe.StripeEvents.paymentIntent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Stripe webhook verification")
class StripeWebhookVerifierTest {

    private static final String SECRET = "whsec_test_" + "0123456789abcdef";
    private static final long NOW = 1_790_000_000L;
    private static final Instant CREATED = Instant.ofEpochSecond(NOW - 2);

    private final StripeWebhookVerifier verifier =
            new StripeWebhookVerifier(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
    private final TenantId tenant = TenantId.random();
    private final AppointmentId appointment = AppointmentId.random();

    private String succeeded() {
        return event("evt_1", "payment_intent.succeeded", CREATED.getEpochSecond(), "acct_clinic_1",
                paymentIntent("pi_1", 5_000, "succeeded", metadata(tenant, appointment)));
    }

    private PaymentEvent verify(String payload, String header) throws WebhookVerificationException {
        return verifier.verify(payload.getBytes(StandardCharsets.UTF_8), header);
    }

    private static WebhookVerificationException.Reason rejection(ThrowingCall call) {
        try {
            call.run();
        } catch (WebhookVerificationException e) {
            return e.reason();
        }
        throw new AssertionError("the webhook was accepted");
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws WebhookVerificationException;
    }

    @Nested
    @DisplayName("signature")
    class Signature {

        @Test
        @DisplayName("a correctly signed event is accepted")
        void valid() throws WebhookVerificationException {
            String payload = succeeded();
            assertThat(verify(payload, StripeSignatures.header(payload, SECRET, NOW))).isEqualTo(
                    new PaymentEvent.PaymentSucceeded(
                            new EventHeader(PaymentEventId.of("evt_1"), CREATED,
                                    Optional.of(ConnectedAccountId.of("acct_clinic_1"))),
                            PaymentIntentId.of("pi_1"), Money.of(5_000, "GBP"),
                            Optional.of(new DepositSubject(tenant, appointment))));
        }

        @Test
        @DisplayName("a body changed after signing is rejected")
        void tamperedBody() {
            String payload = succeeded();
            String header = StripeSignatures.header(payload, SECRET, NOW);
            String tampered = payload.replace("\"amount\":5000", "\"amount\":1");
            assertThat(tampered).isNotEqualTo(payload);
            assertThat(rejection(() -> verify(tampered, header)))
                    .isEqualTo(WebhookVerificationException.Reason.INVALID_SIGNATURE);
        }

        @Test
        @DisplayName("an event signed with another secret is rejected")
        void wrongSecret() {
            String payload = succeeded();
            String header = StripeSignatures.header(payload, "whsec_test_someone_else", NOW);
            assertThat(rejection(() -> verify(payload, header)))
                    .isEqualTo(WebhookVerificationException.Reason.INVALID_SIGNATURE);
        }

        @Test
        @DisplayName("a signature older than five minutes is rejected, one just inside is accepted")
        void staleTimestamp() throws WebhookVerificationException {
            String payload = succeeded();
            String stale = StripeSignatures.header(payload, SECRET, NOW - 301);
            assertThat(rejection(() -> verify(payload, stale)))
                    .isEqualTo(WebhookVerificationException.Reason.INVALID_SIGNATURE);
            assertThat(verify(payload, StripeSignatures.header(payload, SECRET, NOW - 299)))
                    .isInstanceOf(PaymentEvent.PaymentSucceeded.class);
        }

        @Test
        @DisplayName("a pretty-printed body is accepted when it was signed exactly as sent")
        void prettyPrinted() throws WebhookVerificationException {
            String pretty = "{\n  \"id\": \"evt_1\",\n  \"object\": \"event\",\n  \"api_version\": \""
                    + com.stripe.Stripe.API_VERSION + "\",\n  \"created\": " + CREATED.getEpochSecond() + ",\n"
                    + "  \"type\": \"payment_intent.succeeded\",\n  \"data\": {\n    \"object\": {\n"
                    + "      \"id\": \"pi_1\",\n      \"object\": \"payment_intent\",\n      \"amount\": 5000,\n"
                    + "      \"amount_received\": 5000,\n      \"currency\": \"gbp\",\n"
                    + "      \"metadata\": {}\n    }\n  }\n}\n";
            PaymentEvent event = verify(pretty, StripeSignatures.header(pretty, SECRET, NOW));
            assertThat(event).isInstanceOf(PaymentEvent.PaymentSucceeded.class);
            assertThat(((PaymentEvent.PaymentSucceeded) event).subject()).isEmpty();
            assertThat(event.header().account()).isEmpty();
        }

        @Test
        @DisplayName("a request without a signature header is rejected")
        void missingHeader() {
            String payload = succeeded();
            assertThat(rejection(() -> verify(payload, null)))
                    .isEqualTo(WebhookVerificationException.Reason.MISSING_SIGNATURE);
            assertThat(rejection(() -> verify(payload, " ")))
                    .isEqualTo(WebhookVerificationException.Reason.MISSING_SIGNATURE);
        }

        @Test
        @DisplayName("a header that is not a Stripe signature is rejected")
        void garbageHeader() {
            String payload = succeeded();
            assertThat(rejection(() -> verify(payload, "v1=abc")))
                    .isEqualTo(WebhookVerificationException.Reason.INVALID_SIGNATURE);
            assertThat(rejection(() -> verify(payload, "t=" + NOW + ",v0=abc")))
                    .isEqualTo(WebhookVerificationException.Reason.INVALID_SIGNATURE);
        }

        @Test
        @DisplayName("a correctly signed body that is not an event is rejected as malformed")
        void signedGarbage() {
            String payload = "not json at all";
            assertThat(rejection(() -> verify(payload, StripeSignatures.header(payload, SECRET, NOW))))
                    .isEqualTo(WebhookVerificationException.Reason.MALFORMED_PAYLOAD);
        }

        @Test
        @DisplayName("the secret is required")
        void blankSecret() {
            assertThatThrownBy(() -> new StripeWebhookVerifier(" ")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("translation")
    class Translation {

        private PaymentEvent signed(String payload) throws WebhookVerificationException {
            return verify(payload, StripeSignatures.header(payload, SECRET, NOW));
        }

        @Test
        @DisplayName("a failed payment carries the decline code")
        void paymentFailed() throws WebhookVerificationException {
            String intent = "{\"id\":\"pi_2\",\"object\":\"payment_intent\",\"amount\":5000,\"currency\":\"gbp\","
                    + "\"status\":\"requires_payment_method\",\"metadata\":" + metadata(tenant, appointment) + ","
                    + "\"last_payment_error\":{\"type\":\"card_error\",\"code\":\"card_declined\","
                    + "\"decline_code\":\"insufficient_funds\"}}";
            PaymentEvent event = signed(event("evt_2", "payment_intent.payment_failed", NOW, null, intent));
            assertThat(event).isInstanceOfSatisfying(PaymentEvent.PaymentFailed.class, failed -> {
                assertThat(failed.intent()).isEqualTo(PaymentIntentId.of("pi_2"));
                assertThat(failed.failureCode()).contains("insufficient_funds");
                assertThat(failed.subject()).contains(new DepositSubject(tenant, appointment));
            });
        }

        @Test
        @DisplayName("a cancelled payment carries Stripe's reason")
        void paymentCanceled() throws WebhookVerificationException {
            String intent = "{\"id\":\"pi_3\",\"object\":\"payment_intent\",\"amount\":5000,\"currency\":\"gbp\","
                    + "\"status\":\"canceled\",\"cancellation_reason\":\"abandoned\",\"metadata\":{}}";
            PaymentEvent event = signed(event("evt_3", "payment_intent.canceled", NOW, null, intent));
            assertThat(event).isInstanceOfSatisfying(PaymentEvent.PaymentCanceled.class, canceled ->
                    assertThat(canceled.cancellationReason()).contains("abandoned"));
        }

        @Test
        @DisplayName("a refunded charge carries the total refunded so far and its payment")
        void chargeRefunded() throws WebhookVerificationException {
            String charge = "{\"id\":\"ch_1\",\"object\":\"charge\",\"amount\":5000,\"amount_refunded\":3000,"
                    + "\"currency\":\"gbp\",\"payment_intent\":\"pi_1\",\"refunded\":false}";
            assertThat(signed(event("evt_4", "charge.refunded", NOW, "acct_clinic_1", charge)))
                    .isEqualTo(new PaymentEvent.ChargeRefunded(
                            new EventHeader(PaymentEventId.of("evt_4"), Instant.ofEpochSecond(NOW),
                                    Optional.of(ConnectedAccountId.of("acct_clinic_1"))),
                            PaymentIntentId.of("pi_1"), Money.of(3_000, "GBP")));
        }

        @Test
        @DisplayName("a dispute carries its amount and the bank's reason")
        void disputeCreated() throws WebhookVerificationException {
            String dispute = "{\"id\":\"dp_1\",\"object\":\"dispute\",\"amount\":5000,\"currency\":\"gbp\","
                    + "\"charge\":\"ch_1\",\"payment_intent\":\"pi_1\",\"reason\":\"fraudulent\",\"status\":"
                    + "\"needs_response\"}";
            assertThat(signed(event("evt_5", "charge.dispute.created", NOW, null, dispute)))
                    .isInstanceOfSatisfying(PaymentEvent.DisputeCreated.class, created -> {
                        assertThat(created.intent()).isEqualTo(PaymentIntentId.of("pi_1"));
                        assertThat(created.amount()).isEqualTo(Money.of(5_000, "GBP"));
                        assertThat(created.reason()).isEqualTo("fraudulent");
                    });
        }

        @Test
        @DisplayName("an event type we do not act on is passed on as unhandled")
        void unknownType() throws WebhookVerificationException {
            String customer = "{\"id\":\"cus_1\",\"object\":\"customer\"}";
            assertThat(signed(event("evt_6", "customer.created", NOW, null, customer)))
                    .isInstanceOfSatisfying(PaymentEvent.Unhandled.class, unhandled ->
                            assertThat(unhandled.type()).isEqualTo("customer.created"));
        }

        @Test
        @DisplayName("a refunded charge without a payment intent is passed on as unhandled")
        void chargeWithoutIntent() throws WebhookVerificationException {
            String charge = "{\"id\":\"ch_2\",\"object\":\"charge\",\"amount\":5000,\"amount_refunded\":5000,"
                    + "\"currency\":\"gbp\"}";
            assertThat(signed(event("evt_7", "charge.refunded", NOW, null, charge)))
                    .isInstanceOf(PaymentEvent.Unhandled.class);
        }

        @Test
        @DisplayName("metadata that does not name our tenant and appointment is left out, not guessed")
        void foreignMetadata() throws WebhookVerificationException {
            String intent = paymentIntent("pi_8", 5_000, "succeeded", "{\"tenant\":\"not-a-uuid\",\"appointment\":\"x\"}");
            assertThat(signed(event("evt_8", "payment_intent.succeeded", NOW, null, intent)))
                    .isInstanceOfSatisfying(PaymentEvent.PaymentSucceeded.class, succeeded ->
                            assertThat(succeeded.subject()).isEmpty());
        }

        @Test
        @DisplayName("an event rendered for an older API version is still read")
        void olderApiVersion() throws WebhookVerificationException {
            String payload = succeeded().replace(com.stripe.Stripe.API_VERSION, "2020-08-27");
            assertThat(signed(payload)).isInstanceOf(PaymentEvent.PaymentSucceeded.class);
        }
    }

    @Nested
    @DisplayName("Failed events are kept for replay without the client's personal details")
    class DeadLetterPayload {

        @Test
        @DisplayName("Billing details, e-mail and phone are removed; ids, amounts and metadata stay, and it still replays")
        void personalDataRemoved() throws WebhookVerificationException {
            String withPersonalData = succeeded().replaceFirst("\\{", "{\"billing_details\": {\"name\": \"Emma Jones\","
                    + " \"email\": \"emma@example.com\", \"phone\": \"07700900123\"}, \"receipt_email\":"
                    + " \"emma@example.com\", ");

            String kept = StripeWebhookVerifier.withoutPersonalData(withPersonalData);

            assertThat(kept).doesNotContain("Emma").doesNotContain("emma@example.com").doesNotContain("07700900123")
                    .contains("payment_intent.succeeded");
            assertThat(verifier.readVerifiedEarlier(kept)).isInstanceOf(PaymentEvent.PaymentSucceeded.class);
        }
    }
}
