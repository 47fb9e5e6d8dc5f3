package com.laca.application.notification.port.out;

import com.laca.domain.notification.NotificationId;
import com.laca.domain.shared.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/** What a verified SMS provider callback says, in the outbox's terms, sealed so every case is handled. */
public sealed interface SmsCallback {

    /** Where a message stands at the provider. */
    enum Status {
        /** Accepted or queued by the provider. */
        ACCEPTED,
        /** Handed to the carrier. */
        SENT,
        /** Reached the phone. */
        DELIVERED,
        /** The carrier could not deliver it. */
        UNDELIVERED,
        /** The provider could not send it. */
        FAILED,
        /** A status this adapter does not know yet. */
        OTHER
    }

    /**
     * A delivery report for one message.
     *
     * @param providerReference the provider's message id
     * @param notification      the outbox message it belongs to, when the callback URL carried it
     * @param status            the new status
     * @param errorCode         the provider's error code, for failures
     * @param recipientOptedOut true when the provider refused because the number had replied STOP
     */
    record DeliveryUpdate(String providerReference, Optional<NotificationId> notification, Status status,
                          Optional<String> errorCode, boolean recipientOptedOut) implements SmsCallback {

        public DeliveryUpdate {
            Objects.requireNonNull(providerReference, "providerReference");
            Objects.requireNonNull(notification, "notification");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(errorCode, "errorCode");
        }
    }

    /** The person replied STOP (or another opt-out word): no more SMS to this number. */
    record OptOut(PhoneNumber number) implements SmsCallback {

        public OptOut {
            Objects.requireNonNull(number, "number");
        }
    }

    /** The person replied START: service texts may go again. */
    record OptIn(PhoneNumber number) implements SmsCallback {

        public OptIn {
            Objects.requireNonNull(number, "number");
        }
    }

    /** A genuine callback that needs no action (an ordinary reply, a HELP request). */
    record Ignored(String why) implements SmsCallback {

        public Ignored {
            Objects.requireNonNull(why, "why");
        }
    }
}
