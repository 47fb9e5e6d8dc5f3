package com.laca.domain.payment;

import com.laca.domain.shared.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * Something the payment processor reports after the fact, already verified and translated out of the processor's
 * format, so the use case decides on a closed set of cases and never sees a vendor type.
 */
public sealed interface PaymentEvent {

    /** Id, time and account of the event. */
    EventHeader header();

    /**
     * The card payment succeeded and the money is captured.
     *
     * @param subject tenant and appointment from the payment's metadata, when present and well-formed
     */
    record PaymentSucceeded(EventHeader header, PaymentIntentId intent, Money amount, Optional<DepositSubject> subject)
            implements PaymentEvent {
        public PaymentSucceeded {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(subject, "subject");
        }
    }

    /**
     * An attempt to pay failed; the client may try again with another card on the same intent.
     *
     * @param failureCode the processor's short code (e.g. {@code card_declined}), when it gave one
     */
    record PaymentFailed(
            EventHeader header, PaymentIntentId intent, Optional<DepositSubject> subject, Optional<String> failureCode)
            implements PaymentEvent {
        public PaymentFailed {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(failureCode, "failureCode");
        }
    }

    /**
     * The payment was abandoned; no money was taken and none will be.
     *
     * @param cancellationReason the processor's short reason, when it gave one
     */
    record PaymentCanceled(
            EventHeader header, PaymentIntentId intent, Optional<DepositSubject> subject,
            Optional<String> cancellationReason) implements PaymentEvent {
        public PaymentCanceled {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(cancellationReason, "cancellationReason");
        }
    }

    /**
     * Money of this payment was refunded, by us or from the processor's dashboard.
     *
     * @param totalRefunded everything refunded on the payment so far, not just this refund, so that late and
     *                      repeated events converge on the same state
     */
    record ChargeRefunded(EventHeader header, PaymentIntentId intent, Money totalRefunded) implements PaymentEvent {
        public ChargeRefunded {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(totalRefunded, "totalRefunded");
        }
    }

    /**
     * The client disputed the payment with their bank; the appointment is flagged for the owner.
     *
     * @param amount the disputed amount
     * @param reason the bank's short reason (e.g. {@code fraudulent}, {@code product_not_received})
     */
    record DisputeCreated(EventHeader header, PaymentIntentId intent, Money amount, String reason)
            implements PaymentEvent {
        public DisputeCreated {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * An event of a type we do not act on (or one missing what we need); acknowledged so the processor stops
     * sending it.
     *
     * @param type the processor's event type, e.g. {@code customer.created}
     */
    record Unhandled(EventHeader header, String type) implements PaymentEvent {
        public Unhandled {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(type, "type");
        }
    }
}
