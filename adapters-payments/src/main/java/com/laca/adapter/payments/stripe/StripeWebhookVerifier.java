package com.laca.adapter.payments.stripe;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.laca.domain.payment.PaymentEvent;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.ApiResource;
import com.stripe.net.Webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
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

    /** Stripe fields that can carry a client's personal details; none of them is needed to apply an event. */
    private static final List<String> PERSONAL_FIELDS = List.of("billing_details", "shipping", "receipt_email",
            "customer_details", "customer_email", "customer_name", "customer_phone", "email", "name", "phone",
            "address", "description");

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
        // the signature is checked before anything is parsed, so untrusted bodies stay unparsed
        try {
            Webhook.Signature.verifyHeader(body, signatureHeader, signingSecret, TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.INVALID_SIGNATURE, "Stripe signature rejected", e);
        }
        return parse(body);
    }

    /**
     * Translates an event whose signature was checked when it arrived (a dead letter being replayed); never call it
     * with a body that was not verified before.
     *
     * @throws WebhookVerificationException if the body is not a readable event
     */
    PaymentEvent readVerifiedEarlier(String payload) throws WebhookVerificationException {
        return parse(payload);
    }

    /**
     * The body without the client's personal details (names, e-mail addresses, phone numbers, postal addresses),
     * keeping ids, amounts and metadata, which is all a replay needs; for storing failed events.
     */
    static String withoutPersonalData(String body) {
        try {
            JsonElement json = JsonParser.parseString(body);
            strip(json);
            return json.toString();
        } catch (JsonParseException e) {
            return "{}";
        }
    }

    private static void strip(JsonElement json) {
        if (json.isJsonObject()) {
            JsonObject object = json.getAsJsonObject();
            PERSONAL_FIELDS.forEach(object::remove);
            object.entrySet().forEach(entry -> strip(entry.getValue()));
        } else if (json.isJsonArray()) {
            json.getAsJsonArray().forEach(StripeWebhookVerifier::strip);
        }
    }

    private PaymentEvent parse(String body) throws WebhookVerificationException {
        Event event;
        try {
            event = ApiResource.GSON.fromJson(body, Event.class);
        } catch (RuntimeException e) {
            // stripe-java parses with gson, whose syntax errors are unchecked
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.MALFORMED_PAYLOAD, "signed body is not a Stripe event", e);
        }
        if (event == null) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.MALFORMED_PAYLOAD, "signed body is not a Stripe event", null);
        }
        return translator.translate(event);
    }
}
