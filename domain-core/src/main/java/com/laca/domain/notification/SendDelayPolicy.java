package com.laca.domain.notification;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How long a tenant's messages wait before they may be sent, so that a change staff undo at once (a booking moved by
 * mistake and moved back) cancels its message before the client sees it, while confirmations to clients who act for
 * themselves go at once.
 *
 * @param clinicChangeDelay the wait for kinds {@link MessageKind.Trait#UNDOABLE_BY_CLINIC} when staff made the
 *                          change; 0 to 60 minutes
 * @param overrides         a tenant's own wait per kind code, whoever made the change; 0 to 60 minutes each
 */
public record SendDelayPolicy(Duration clinicChangeDelay, Map<String, Duration> overrides) {

    private static final Duration LONGEST = Duration.ofHours(1);

    public SendDelayPolicy {
        requireDelay(clinicChangeDelay, "clinicChangeDelay");
        overrides = Map.copyOf(Objects.requireNonNull(overrides, "overrides"));
        overrides.forEach((code, delay) -> requireDelay(delay, "delay of " + code));
    }

    /** Two minutes for clinic-side changes, nothing else delayed. */
    public static SendDelayPolicy standard() {
        return new SendDelayPolicy(Duration.ofMinutes(2), Map.of());
    }

    /** How long a message of {@code kind} about a change made by {@code initiator} waits. */
    public Duration delayFor(MessageKind kind, Initiator initiator) {
        Duration override = overrides.get(kind.code());
        if (override != null) {
            return override;
        }
        return initiator == Initiator.CLINIC && kind.has(MessageKind.Trait.UNDOABLE_BY_CLINIC)
                ? clinicChangeDelay
                : Duration.ZERO;
    }

    private static void requireDelay(Duration delay, String name) {
        Objects.requireNonNull(delay, name);
        if (delay.isNegative() || delay.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException(name + " must be 0 to 60 minutes");
        }
    }
}
