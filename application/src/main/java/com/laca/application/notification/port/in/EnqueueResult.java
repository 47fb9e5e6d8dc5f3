package com.laca.application.notification.port.in;

import com.laca.domain.notification.Channel;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.notification.SkipReason;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What enqueueing did, sealed so a caller that must tell staff "the client will not be told" (no channel allowed)
 * cannot overlook it.
 */
public sealed interface EnqueueResult {

    /**
     * Messages were written to the outbox, one per channel; {@code skipped} says which channels were not used and
     * why, and {@code withdrawn} which earlier waiting messages about the same topic this one replaced.
     */
    record Queued(List<NotificationId> messages, Map<Channel, SkipReason> skipped, List<NotificationId> withdrawn)
            implements EnqueueResult {

        public Queued {
            messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
            skipped = Map.copyOf(Objects.requireNonNull(skipped, "skipped"));
            withdrawn = List.copyOf(Objects.requireNonNull(withdrawn, "withdrawn"));
            if (messages.isEmpty()) {
                throw new IllegalArgumentException("queued means at least one message");
            }
        }
    }

    /** Nothing was written: no channel may be used, for the reasons given. */
    record NoChannel(Map<Channel, SkipReason> skipped) implements EnqueueResult {

        public NoChannel {
            skipped = Map.copyOf(Objects.requireNonNull(skipped, "skipped"));
        }
    }

    /**
     * Nothing new was written because this change undid news the person had not yet received; {@code withdrawn} are
     * the waiting messages cancelled (e.g. a booking cancelled before its confirmation went out).
     */
    record Undone(List<NotificationId> withdrawn) implements EnqueueResult {

        public Undone {
            withdrawn = List.copyOf(Objects.requireNonNull(withdrawn, "withdrawn"));
        }
    }
}
