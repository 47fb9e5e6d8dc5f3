package com.laca.domain.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Busy time as sorted, merged epoch-second intervals, so "is anything booked in [a, b)?" is one binary search instead
 * of a scan over every appointment.
 */
final class IntervalSet {

    private final long[] starts;
    private final long[] ends;

    private IntervalSet(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** True when some busy interval shares at least one second with {@code [from, to)}. */
    boolean overlaps(long from, long to) {
        int low = 0;
        int high = starts.length - 1;
        int lastStartingBefore = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < to) {
                lastStartingBefore = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return lastStartingBefore >= 0 && ends[lastStartingBefore] > from;
    }

    static long floorSecond(Instant instant) {
        return instant.getEpochSecond();
    }

    static long ceilSecond(Instant instant) {
        return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
    }

    /** Gathers intervals in any order and merges them once. */
    static final class Builder {

        private long[] starts = new long[8];
        private long[] ends = new long[8];
        private int size;

        Builder add(TimeRange range) {
            return add(floorSecond(range.start()), ceilSecond(range.end()));
        }

        /** Adds an appointment's occupied span without allocating the widened range, because there may be thousands. */
        Builder addOccupied(ExistingAppointment appointment) {
            TimeRange treatment = appointment.treatment();
            return add(floorSecond(treatment.start()) - ceilSeconds(appointment.bufferBefore()),
                    ceilSecond(treatment.end()) + ceilSeconds(appointment.bufferAfter()));
        }

        private Builder add(long start, long end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
            return this;
        }

        private static long ceilSeconds(Duration duration) {
            return duration.getNano() == 0 ? duration.getSeconds() : duration.getSeconds() + 1;
        }

        /**
         * Merges by sweeping start and end events separately sorted; a start at the same second as an end is taken
         * first, so touching intervals merge too.
         */
        IntervalSet build() {
            long[] sortedStarts = Arrays.copyOf(starts, size);
            long[] sortedEnds = Arrays.copyOf(ends, size);
            Arrays.sort(sortedStarts);
            Arrays.sort(sortedEnds);
            long[] mergedStarts = new long[size];
            long[] mergedEnds = new long[size];
            int merged = 0;
            int depth = 0;
            int nextStart = 0;
            long segmentStart = 0;
            for (long end : sortedEnds) {
                while (nextStart < size && sortedStarts[nextStart] <= end) {
                    if (depth == 0) {
                        segmentStart = sortedStarts[nextStart];
                    }
                    depth++;
                    nextStart++;
                }
                depth--;
                if (depth == 0) {
                    mergedStarts[merged] = segmentStart;
                    mergedEnds[merged] = end;
                    merged++;
                }
            }
            return new IntervalSet(Arrays.copyOf(mergedStarts, merged), Arrays.copyOf(mergedEnds, merged));
        }
    }
}
