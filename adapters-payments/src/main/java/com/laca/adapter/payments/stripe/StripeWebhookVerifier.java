package com.laca.adapter.payments.stripe;

import com.laca.application.port.in.payment.PaymentEvent;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.time.Clock;
import java.util.Objects;

/**
 * Checks that a webhook request really comes from Stripe (signature over the raw body, at most five minutes old)
 * and translates it into a processor-neutral {@link PaymentEvent}, because an unverified webhook could confirm an
 * unpaid booking.
 *
 * <p>The body must be the exact bytes received: re-serialising parsed JSON changes whitespace or key order and
 * breaks the signature.
 */
public final class StripeWebhookVerifier {

    /** How old a signature may be, in seconds; Stripe's recommended five minutes against replayed requests. */
    public static final long TOLERANCE_SECONDS = 300;

    private final String signingSecret;
    private final Clock clock;
    private final StripeEventTranslator translator = new StripeEventTranslator();

    /** A verifier for the endpoint's signing secret ({@code whsec_...}), checking age against the system clock. */
    public StripeWebhookVerifier(String signingSecret) {
        this(signingSecret, Clock.systemUTC());
    }

    /** A verifier with an explicit clock, so tests can check the age limit exactly. */
    public StripeWebhookVerifier(String signingSecret, Clock clock) {
        this.signingSecret = Objects.requireNonNull(signingSecret, "signingSecret");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (signingSecret.isBlank()) {
            throw new IllegalArgumentException("the webhook signing secret must not be blank");
        }
    }

    /**
     * Verifies the raw body against its {@code Stripe-Signature} header and translates it.
     *
     * @param payload         the request body exactly as received
     * @param signatureHeader the {@code Stripe-Signature} header; may be null when the request had none
     * @throws WebhookVerificationException when the header is missing, the signature is wrong or too old, or the
     *                                      signed body is not a readable event
     */
    public PaymentEvent verify(byte[] payload, String signatureHeader) throws WebhookVerificationException {
        Objects.requireNonNull(payload, "payload");
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.MISSING_SIGNATURE, "no Stripe-Signature header", null);
        }
        String body = new String(payload, StandardCharsets.UTF_8);
        // constructEvent parses before it checks the signature; checking first keeps untrusted bodies unparsed.
        try {
            Webhook.Signature.verifyHeader(body, signatureHeader, signingSecret, TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.INVALID_SIGNATURE, "Stripe signature rejected", e);
        }
        Event event;
        try {
            event = Webhook.constructEvent(body, signatureHeader, signingSecret, TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.INVALID_SIGNATURE, "Stripe signature rejected", e);
        } catch (RuntimeException e) {
            // stripe-java parses with gson, whose syntax errors are unchecked
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.MALFORMED_PAYLOAD, "signed body is not a Stripe event", e);
        }
        return translator.translate(event);
    }

    /**
     * Reads a body this verifier accepted earlier (a dead letter), through exactly the same parsing and translation,
     * by signing it afresh with the endpoint's own secret; never call it with a body that was not verified before.
     *
     * @throws WebhookVerificationException if the body is not a readable event
     */
    PaymentEvent readVerifiedEarlier(String payload) throws WebhookVerificationException {
        long now = clock.instant().getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((now + "." + payload).getBytes(StandardCharsets.UTF_8));
            return verify(payload.getBytes(StandardCharsets.UTF_8), "t=" + now + ",v1=" + HexFormat.of().formatHex(signature));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
