package com.laca.adapter.payments.stripe;

import com.laca.application.port.in.payment.HandlePaymentEventUseCase;
import com.laca.application.port.in.payment.PaymentEvent;
import com.laca.application.port.in.payment.PaymentEventOutcome;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Stripe webhook endpoint")
class StripeWebhookResourceTest {

    private static final String SECRET = "whsec_test_resource";
    private static final long NOW = 1_790_000_000L;

    private final List<PaymentEvent> handled = new ArrayList<>();
    private final HandlePaymentEventUseCase useCase = event -> {
        handled.add(event);
        return new PaymentEventOutcome.Applied("recorded");
    };
    private final StripeWebhookResource resource = new StripeWebhookResource(
            new StripeWebhookVerifier(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)), useCase);

    private final String payload = StripeEvents.event("evt_1", "payment_intent.succeeded", NOW, "acct_1",
            StripeEvents.paymentIntent("pi_1", 5_000, "succeeded",
                    StripeEvents.metadata(TenantId.random(), AppointmentId.random())));

    @Test
    @DisplayName("hands a verified event to the use case")
    void delegates() throws WebhookVerificationException {
        resource.receive(payload.getBytes(StandardCharsets.UTF_8), StripeSignatures.header(payload, SECRET, NOW));
        assertThat(handled).singleElement().isInstanceOf(PaymentEvent.PaymentSucceeded.class);
    }

    @Test
    @DisplayName("rejects a tampered event without touching anything")
    void rejectsWithoutSideEffect() {
        String header = StripeSignatures.header(payload, SECRET, NOW);
        byte[] tampered = payload.replace("5000", "1").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> resource.receive(tampered, header)).isInstanceOf(WebhookVerificationException.class);
        assertThat(handled).isEmpty();
    }

    @Test
    @DisplayName("rejects an empty request without a signature")
    void rejectsEmpty() {
        assertThatThrownBy(() -> resource.receive(null, null))
                .isInstanceOfSatisfying(WebhookVerificationException.class, e ->
                        assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.MISSING_SIGNATURE));
        assertThat(handled).isEmpty();
    }

    @Test
    @DisplayName("a failure while applying the event reaches the container, so Stripe delivers it again")
    void failurePropagates() {
        StripeWebhookResource failing = new StripeWebhookResource(
                new StripeWebhookVerifier(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)),
                event -> {
                    throw new IllegalStateException("database down");
                });
        assertThatThrownBy(() -> failing.receive(
                payload.getBytes(StandardCharsets.UTF_8), StripeSignatures.header(payload, SECRET, NOW)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("the 400 answer is a problem document naming only the kind of rejection")
    void problemDocument() {
        assertThat(WebhookVerificationExceptionMapper.problemJson(WebhookVerificationException.Reason.INVALID_SIGNATURE))
                .isEqualTo("{\"type\":\"" + WebhookVerificationExceptionMapper.PROBLEM_TYPE + "\","
                        + "\"title\":\"Webhook rejected\",\"status\":400,\"detail\":\"INVALID_SIGNATURE\"}");
    }
}
