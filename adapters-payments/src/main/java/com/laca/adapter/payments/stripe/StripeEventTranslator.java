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
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeError;
import com.stripe.model.StripeObject;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Translates a verified Stripe {@link Event} into the processor-neutral {@link PaymentEvent}, so that the
 * application decides on five well-defined cases and never on Stripe's object model.
 */
final class StripeEventTranslator {

    private static final System.Logger LOG = System.getLogger(StripeEventTranslator.class.getName());

    PaymentEvent translate(Event event) throws WebhookVerificationException {
        if (event.getId() == null || event.getType() == null || event.getCreated() == null) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.MALFORMED_PAYLOAD, "event without id, type or time", null);
        }
        EventHeader header = new EventHeader(
                PaymentEventId.of(event.getId()),
                Instant.ofEpochSecond(event.getCreated()),
                Optional.ofNullable(event.getAccount()).filter(a -> !a.isBlank()).map(ConnectedAccountId::of));
        try {
            return translate(event, header);
        } catch (IllegalArgumentException e) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED_PAYLOAD,
                    "event " + event.getId() + " carries an invalid id, amount or currency", e);
        }
    }

    private static PaymentEvent translate(Event event, EventHeader header) throws WebhookVerificationException {
        String type = event.getType();
        return switch (type) {
            case "payment_intent.succeeded" -> {
                PaymentIntent intent = dataObject(event, PaymentIntent.class);
                Long received = intent.getAmountReceived() != null ? intent.getAmountReceived() : intent.getAmount();
                yield new PaymentEvent.PaymentSucceeded(header, PaymentIntentId.of(intent.getId()),
                        money(received, intent.getCurrency()), subject(intent.getMetadata()));
            }
            case "payment_intent.payment_failed" -> {
                PaymentIntent intent = dataObject(event, PaymentIntent.class);
                yield new PaymentEvent.PaymentFailed(header, PaymentIntentId.of(intent.getId()),
                        subject(intent.getMetadata()), failureCode(intent.getLastPaymentError()));
            }
            case "payment_intent.canceled" -> {
                PaymentIntent intent = dataObject(event, PaymentIntent.class);
                yield new PaymentEvent.PaymentCanceled(header, PaymentIntentId.of(intent.getId()),
                        subject(intent.getMetadata()), Optional.ofNullable(intent.getCancellationReason()));
            }
            case "charge.refunded" -> {
                Charge charge = dataObject(event, Charge.class);
                yield charge.getPaymentIntent() == null
                        ? new PaymentEvent.Unhandled(header, type)
                        : new PaymentEvent.ChargeRefunded(header, PaymentIntentId.of(charge.getPaymentIntent()),
                                money(charge.getAmountRefunded(), charge.getCurrency()));
            }
            case "charge.dispute.created" -> {
                Dispute dispute = dataObject(event, Dispute.class);
                yield dispute.getPaymentIntent() == null
                        ? new PaymentEvent.Unhandled(header, type)
                        : new PaymentEvent.DisputeCreated(header, PaymentIntentId.of(dispute.getPaymentIntent()),
                                money(dispute.getAmount(), dispute.getCurrency()),
                                Optional.ofNullable(dispute.getReason()).orElse("unknown"));
            }
            default -> new PaymentEvent.Unhandled(header, type);
        };
    }

    /**
     * The event's object; when the event was rendered for another API version than stripe-java's, it is read
     * anyway, because the few fields used here are stable across versions.
     */
    private static <T extends StripeObject> T dataObject(Event event, Class<T> type)
            throws WebhookVerificationException {
        EventDataObjectDeserializer deserializer = event.getDataObjectDeserializer();
        StripeObject object;
        try {
            object = deserializer.getObject().isPresent() ? deserializer.getObject().get()
                    : deserializer.deserializeUnsafe();
        } catch (EventDataObjectDeserializationException | RuntimeException e) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED_PAYLOAD,
                    "unreadable data object in event " + event.getId(), e);
        }
        if (!type.isInstance(object) || id(object) == null) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED_PAYLOAD,
                    "event " + event.getId() + " does not carry a " + type.getSimpleName(), null);
        }
        return type.cast(object);
    }

    private static String id(StripeObject object) {
        if (object instanceof PaymentIntent intent) {
            return intent.getId();
        }
        if (object instanceof Charge charge) {
            return charge.getId();
        }
        if (object instanceof Dispute dispute) {
            return dispute.getId();
        }
        return null;
    }

    /** Tenant and appointment from our metadata; absent when missing or not ids, e.g. a payment made elsewhere. */
    private static Optional<DepositSubject> subject(Map<String, String> metadata) {
        if (metadata == null) {
            return Optional.empty();
        }
        try {
            String tenant = metadata.get(StripePaymentGateway.TENANT_METADATA);
            String appointment = metadata.get(StripePaymentGateway.APPOINTMENT_METADATA);
            if (tenant == null || appointment == null) {
                return Optional.empty();
            }
            return Optional.of(new DepositSubject(TenantId.parse(tenant), AppointmentId.parse(appointment)));
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "payment metadata does not name a tenant and appointment");
            return Optional.empty();
        }
    }

    private static Optional<String> failureCode(StripeError error) {
        if (error == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(error.getDeclineCode()).or(() -> Optional.ofNullable(error.getCode()));
    }

    private static Money money(Long amount, String currency) throws WebhookVerificationException {
        if (amount == null || currency == null) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.MALFORMED_PAYLOAD, "amount or currency missing", null);
        }
        return Money.of(amount, currency.toUpperCase(Locale.ROOT));
    }
}
