package com.laca.adapter.persistence.support;

import com.laca.domain.scheduling.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Conversions between domain values and column values: moments as UTC {@link OffsetDateTime} (EclipseLink would map
 * {@link Instant} to bytea on PostgreSQL), durations as whole minutes, small code sets as sorted comma-separated text,
 * and versions counted from 0.
 */
public final class Columns {

    private static final String SEPARATOR = ",";
    /** EclipseLink writes 1 into the {@code @Version} column of a new row, whereas the domain counts from 0. */
    private static final long FIRST_STORED_VERSION = 1;

    private Columns() {
    }

    /** The domain's version of a row, from the value EclipseLink keeps in its version column. */
    public static long domainVersion(long storedVersion) {
        return storedVersion - FIRST_STORED_VERSION;
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Whole minutes; a duration with seconds would be silently shortened, so it is refused instead. */
    public static int minutes(Duration duration) {
        if (!duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
            throw new IllegalArgumentException("durations are stored in whole minutes: " + duration);
        }
        return Math.toIntExact(duration.toMinutes());
    }

    public static Duration duration(int minutes) {
        return Duration.ofMinutes(minutes);
    }

    /** The codes sorted and joined, so equal sets are always stored as equal text. */
    public static String codes(Collection<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(SEPARATOR));
    }

    /** Wall-clock windows as {@code 09:00-12:00,13:00-17:00}; no windows is the empty text. */
    public static String windows(List<TimeWindow> windows) {
        return windows.stream().map(TimeWindow::toString).collect(Collectors.joining(SEPARATOR));
    }

    public static List<TimeWindow> windows(String text) {
        return codes(text).stream().map(TimeWindow::parse).toList();
    }

    public static List<String> codes(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(SEPARATOR));
    }
}
