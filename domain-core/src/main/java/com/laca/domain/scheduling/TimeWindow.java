package com.laca.domain.scheduling;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A wall-clock interval within one day, e.g. 09:00–12:30, because staff rotas are written in local time and must
 * keep meaning the same thing when the clocks change.
 *
 * @param start the first minute of the window, whole minutes only
 * @param end   the minute the window closes, strictly after {@code start}; windows cannot cross midnight
 */
public record TimeWindow(LocalTime start, LocalTime end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        requireWholeMinute(start);
        requireWholeMinute(end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a time window must end after it starts: " + start + "-" + end);
        }
    }

    /** Parses {@code "09:00-12:30"}. */
    public static TimeWindow parse(String text) {
        String[] parts = Objects.requireNonNull(text, "text").split("-", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected HH:mm-HH:mm: " + text);
        }
        return new TimeWindow(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
    }

    /** Shorthand for {@code new TimeWindow(LocalTime.parse(start), LocalTime.parse(end))}. */
    public static TimeWindow of(String start, String end) {
        return new TimeWindow(LocalTime.parse(start), LocalTime.parse(end));
    }

    /**
     * Sorts windows and joins touching ones (09:00–12:00 and 12:00–17:00 become 09:00–17:00), so that a treatment may
     * run across the join; overlapping windows are a data error and are refused.
     */
    static List<TimeWindow> normalise(List<TimeWindow> windows) {
        List<TimeWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(TimeWindow::start));
        List<TimeWindow> joined = new ArrayList<>(sorted.size());
        for (TimeWindow next : sorted) {
            if (joined.isEmpty()) {
                joined.add(next);
                continue;
            }
            TimeWindow last = joined.get(joined.size() - 1);
            if (next.start.isBefore(last.end)) {
                throw new IllegalArgumentException("working windows overlap: " + last + " and " + next);
            }
            if (next.start.equals(last.end)) {
                joined.set(joined.size() - 1, new TimeWindow(last.start, next.end));
            } else {
                joined.add(next);
            }
        }
        return List.copyOf(joined);
    }

    private static void requireWholeMinute(LocalTime time) {
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new IllegalArgumentException("working times are whole minutes: " + time);
        }
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
