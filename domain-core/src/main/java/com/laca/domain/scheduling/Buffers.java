package com.laca.domain.scheduling;

import java.time.Duration;
import java.util.Objects;

/** Shared guards for the durations that make up a booking, so every record refuses the same nonsense. */
final class Buffers {

    private Buffers() {
    }

    static Duration requireNonNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
        return duration;
    }

    static Duration requireWholePositiveMinutes(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero() || duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
            throw new IllegalArgumentException(name + " must be a positive whole number of minutes: " + duration);
        }
        return duration;
    }

    static Duration requireWholeMinutes(Duration duration, String name) {
        requireNonNegative(duration, name);
        if (duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
            throw new IllegalArgumentException(name + " must be a whole number of minutes: " + duration);
        }
        return duration;
    }
}
