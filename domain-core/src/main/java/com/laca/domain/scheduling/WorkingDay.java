package com.laca.domain.scheduling;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A practitioner's working windows on one date converted to real time, computed once per day and reused for every
 * candidate start.
 */
final class WorkingDay {

    private final DayFrame frame;
    private final long[] starts;
    private final long[] ends;
    private final int[] localStarts;
    private final int[] localEnds;

    private WorkingDay(DayFrame frame, long[] starts, long[] ends, int[] localStarts, int[] localEnds) {
        this.frame = frame;
        this.starts = starts;
        this.ends = ends;
        this.localStarts = localStarts;
        this.localEnds = localEnds;
    }

    /**
     * Converts wall-clock windows: a window opens at the earlier of two ambiguous instants and closes at the later,
     * and a time inside a spring-forward gap means the moment the clocks jump, when the clinic's clock first shows a
     * later time.
     */
    static WorkingDay of(List<TimeWindow> windows, DayFrame frame) {
        int count = windows.size();
        long[] starts = new long[count];
        long[] ends = new long[count];
        int[] localStarts = new int[count];
        int[] localEnds = new int[count];
        for (int i = 0; i < count; i++) {
            TimeWindow window = windows.get(i);
            localStarts[i] = window.start().toSecondOfDay();
            localEnds[i] = window.end().toSecondOfDay();
            if (frame.hasTransition()) {
                starts[i] = resolve(frame, window.start().atDate(frame.date()), true);
                ends[i] = resolve(frame, window.end().atDate(frame.date()), false);
            } else {
                starts[i] = frame.epochSecondOfLocal(localStarts[i]);
                ends[i] = frame.epochSecondOfLocal(localEnds[i]);
            }
        }
        return new WorkingDay(frame, starts, ends, localStarts, localEnds);
    }

    private static long resolve(DayFrame frame, LocalDateTime local, boolean earlier) {
        List<ZoneOffset> offsets = frame.rules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            return frame.rules().getTransition(local).getInstant().getEpochSecond();
        }
        return local.toEpochSecond(earlier ? offsets.get(0) : offsets.get(offsets.size() - 1));
    }

    DayFrame frame() {
        return frame;
    }

    int windowCount() {
        return starts.length;
    }

    int localStart(int window) {
        return localStarts[window];
    }

    int localEnd(int window) {
        return localEnds[window];
    }

    /** The index of the window that wholly contains {@code [from, to)}, or -1. */
    int windowContaining(long from, long to) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= from && to <= ends[i]) {
                return i;
            }
        }
        return -1;
    }
}
