package com.laca.domain.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * One local date at the location as real time, with a fast path for the 363 days a year whose offset never changes,
 * because converting every candidate slot through the zone rules would dominate the engine's cost.
 */
final class DayFrame {

    private static final int SECONDS_PER_DAY = 86_400;

    private final LocalDate date;
    private final long start;
    private final long end;
    private final ZoneRules rules;
    private final ZoneOffset fixedOffset;

    private DayFrame(LocalDate date, long start, long end, ZoneRules rules, ZoneOffset fixedOffset) {
        this.date = date;
        this.start = start;
        this.end = end;
        this.rules = rules;
        this.fixedOffset = fixedOffset;
    }

    static DayFrame of(LocalDate date, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        ZoneOffsetTransition next = rules.nextTransition(dayStart);
        boolean changesToday = next != null && next.getInstant().isBefore(dayEnd);
        ZoneOffset fixed = changesToday ? null : rules.getOffset(dayStart);
        return new DayFrame(date, dayStart.getEpochSecond(), dayEnd.getEpochSecond(), rules, fixed);
    }

    LocalDate date() {
        return date;
    }

    /** Epoch second of the first instant of the date. */
    long start() {
        return start;
    }

    /** Epoch second of the first instant of the next date. */
    long end() {
        return end;
    }

    /** True on the days the clocks change, when wall-clock times must be resolved one by one. */
    boolean hasTransition() {
        return fixedOffset == null;
    }

    ZoneOffset offsetAt(long epochSecond) {
        return fixedOffset != null ? fixedOffset : rules.getOffset(Instant.ofEpochSecond(epochSecond));
    }

    /** The wall-clock second of the day shown on the clinic's clock at {@code epochSecond}. */
    int localSecondOfDay(long epochSecond) {
        long local = epochSecond + offsetAt(epochSecond).getTotalSeconds();
        return (int) (local - date.toEpochDay() * SECONDS_PER_DAY);
    }

    /** The instant of a wall-clock time on a day without a transition. */
    long epochSecondOfLocal(int localSecondOfDay) {
        return date.toEpochDay() * SECONDS_PER_DAY + localSecondOfDay - fixedOffset.getTotalSeconds();
    }

    ZoneRules rules() {
        return rules;
    }
}
