package com.laca.domain.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open span of real time {@code [start, end)}, so that back-to-back appointments touch without overlapping.
 *
 * @param start the first instant inside the range
 * @param end   the first instant after the range; strictly after {@code start}
 */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a time range must end after it starts: " + start + " .. " + end);
        }
    }

    /** The range that starts at {@code start} and lasts {@code length}. */
    public static TimeRange of(Instant start, Duration length) {
        return new TimeRange(start, start.plus(length));
    }

    /** True when the two ranges share at least one instant; ranges that merely touch do not overlap. */
    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** True when {@code other} lies wholly inside this range. */
    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** This range widened by a buffer on each side, e.g. preparation before and cleaning after a treatment. */
    public TimeRange widen(Duration before, Duration after) {
        return new TimeRange(start.minus(before), end.plus(after));
    }
}
