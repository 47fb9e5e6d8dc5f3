package com.laca.application.notification.port.in;

import com.laca.domain.notification.NotificationId;
import java.time.Instant;
import java.util.Objects;

/**
 * A message the outbox gave up on, as an administrator sees it to decide whether to replay it: the kind, the channel,
 * a masked recipient and the last error (a status or reply code, never an address or the text).
 */
public record DeadLetter(NotificationId id, String kind, String channel, String recipient, int attempts,
                         String lastError, Instant failedAt) {

    public DeadLetter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
