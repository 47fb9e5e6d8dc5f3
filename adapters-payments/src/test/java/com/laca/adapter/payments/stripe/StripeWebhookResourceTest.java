package com.laca.adapter.payments.stripe;

import com.laca.application.payment.port.in.HandlePaymentEventUseCase;
import com.laca.application.payment.port.in.PaymentDeadLettersUseCase;
import com.laca.application.payment.port.in.PaymentEventOutcome;
import com.laca.application.shared.Caller;
import com.laca.domain.payment.PaymentDeadLetter;
import com.laca.domain.payment.PaymentEvent;
import com.laca.domain.payment.PaymentEventId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.TenantId;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    private final List<String> deadLetters = new ArrayList<>();
    private final PaymentDeadLettersUseCase deadLetterUseCase = new PaymentDeadLettersUseCase() {
        @Override
        public void recordFailure(PaymentEventId event, String type, String payload, RuntimeException failure) {
            deadLetters.add(event + " " + failure.getMessage());
        }

        @Override
        public List<PaymentDeadLetter> list(Caller caller, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PaymentDeadLetter get(Caller caller, PaymentEventId event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PaymentEventOutcome replay(Caller caller, PaymentEventId event) {
            throw new UnsupportedOperationException();
        }
    };
    private final StripeWebhookVerifier verifier =
            new StripeWebhookVerifier(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
    private final StripeWebhookResource resource = new StripeWebhookResource(Optional.of(verifier), useCase,
            deadLetterUseCase);

    private final String payload = StripeEvents.event("evt_1", "payment_intent.succeeded", NOW, "acct_1",
            StripeEvents.paymentIntent("pi_1", 5_000, "succeeded",
                    StripeEvents.metadata(TenantId.random(), AppointmentId.random())));

    @Test
    @DisplayName("hands a verified event to the use case and answers 204")
    void delegates() throws WebhookVerificationException {
        Response response = resource.receive(payload.getBytes(StandardCharsets.UTF_8),
                StripeSignatures.header(payload, SECRET, NOW));
        assertThat(response.getStatus()).isEqualTo(204);
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
    @DisplayName("a failure while applying the event is kept as a dead letter and answered 500, so Stripe retries")
    void failureDeadLettered() throws WebhookVerificationException {
        StripeWebhookResource failing = new StripeWebhookResource(Optional.of(verifier), event -> {
            throw new IllegalStateException("database down");
        }, deadLetterUseCase);
        Response response = failing.receive(
                payload.getBytes(StandardCharsets.UTF_8), StripeSignatures.header(payload, SECRET, NOW));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getEntity()).isEqualTo(StripeWebhookResource.NOT_APPLIED);
        assertThat(deadLetters).containsExactly("evt_1 database down");
    }

    @Test
    @DisplayName("without Stripe configured the endpoint answers 404 and touches nothing")
    void notConfigured() throws WebhookVerificationException {
        StripeWebhookResource off = new StripeWebhookResource(Optional.empty(), useCase, deadLetterUseCase);
        Response response = off.receive(payload.getBytes(StandardCharsets.UTF_8), "t=1,v1=x");
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(handled).isEmpty();
    }

    @Test
    @DisplayName("a stored payload reads back into the same event for a replay")
    void readerRoundTrip() throws WebhookVerificationException {
        PaymentEvent live = verifier.verify(payload.getBytes(StandardCharsets.UTF_8),
                StripeSignatures.header(payload, SECRET, NOW));
        assertThat(new StripePaymentEventReader(verifier).read(payload)).isEqualTo(live);
        assertThatThrownBy(() -> new StripePaymentEventReader(verifier).read("not json"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the 400 answer is a problem document naming only the kind of rejection")
    void problemDocument() {
        assertThat(WebhookVerificationExceptionMapper.problemJson(WebhookVerificationException.Reason.INVALID_SIGNATURE))
                .isEqualTo("{\"type\":\"" + WebhookVerificationExceptionMapper.PROBLEM_TYPE + "\","
                        + "\"title\":\"Webhook rejected\",\"status\":400,\"detail\":\"INVALID_SIGNATURE\"}");
    }
}
