package com.laca.domain.notification;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one outbox message for good; it is the SMTP {@code Message-ID} and the provider's idempotency key, so a
 * retry after an unknown outcome is recognised as the same message and never delivered twice.
 */
public record NotificationId(UUID value) {

    public NotificationId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static NotificationId random() {
        return new NotificationId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static NotificationId parse(String text) {
        return new NotificationId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
