package com.laca.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final List<ZoneOffset> OFFSETS = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(1),
            ZoneOffset.ofHoursMinutes(-3, -30), ZoneOffset.ofHoursMinutes(5, 45), ZoneOffset.ofHours(-12),
            ZoneOffset.ofHours(14), ZoneOffset.ofHoursMinutesSeconds(0, 1, 15));

    @Test
    @DisplayName("an instant is written exactly as ISO_OFFSET_DATE_TIME writes it, whole seconds, for any offset")
    void sameTextAsTheStandardFormatter() {
        SplittableRandom random = new SplittableRandom(20261130);
        long first = Instant.parse("0001-01-02T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-30T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(first, last), random.nextInt(1_000_000_000));
            ZoneOffset offset = OFFSETS.get(random.nextInt(OFFSETS.size()));
            assertThat(Dates.format(instant, offset)).isEqualTo(standard(instant, offset));
        }
    }

    @Test
    @DisplayName("the hour repeated when the clocks go back is written twice, once per offset")
    void clocksGoingBack() {
        Instant firstOneThirty = Instant.parse("2026-10-25T00:30:00Z");
        Instant secondOneThirty = Instant.parse("2026-10-25T01:30:00Z");
        ZoneId london = ZoneId.of("Europe/London");

        assertThat(Dates.format(firstOneThirty, london.getRules().getOffset(firstOneThirty)))
                .isEqualTo("2026-10-25T01:30:00+01:00");
        assertThat(Dates.format(secondOneThirty, london.getRules().getOffset(secondOneThirty)))
                .isEqualTo("2026-10-25T01:30:00Z");
    }

    @Test
    @DisplayName("midnight, the first and last years the database stores, and years outside them")
    void edges() {
        assertThat(Dates.format(Instant.parse("2026-12-01T00:00:00.999Z"), ZoneOffset.UTC))
                .isEqualTo("2026-12-01T00:00:00Z");
        assertThat(Dates.format(Instant.parse("0001-01-01T00:00:00Z"), ZoneOffset.UTC))
                .isEqualTo("0001-01-01T00:00:00Z");
        assertThat(Dates.format(Instant.parse("9999-12-31T23:59:59Z"), ZoneOffset.UTC))
                .isEqualTo("9999-12-31T23:59:59Z");
        for (Instant outside : List.of(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59Z"))) {
            for (ZoneOffset offset : List.of(ZoneOffset.ofHours(-12), ZoneOffset.ofHours(14))) {
                assertThat(Dates.format(outside, offset)).isEqualTo(standard(outside, offset));
            }
        }
    }

    private static String standard(Instant instant, ZoneOffset offset) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(offset));
    }
}
