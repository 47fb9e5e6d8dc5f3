package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The next UK clock changes after today (2026-11-24): forward on Sunday 28 March 2027, back on Sunday 31 October
 * 2027. A rota with a Sunday 00:00–04:00 window covers the skipped and the repeated hour.
 */
@ExtendWith(RunningServer.class)
@DisplayName("On the days the clocks change, no slot is duplicated, skipped wrongly or shifted by an hour")
class DaylightSavingE2EIT {

    private static final LocalDate SPRING = LocalDate.of(2027, 3, 28);
    private static final LocalDate AUTUMN = LocalDate.of(2027, 10, 31);
    private static BookingFixture clinic;

    @BeforeAll
    static void setUp() {
        clinic = BookingFixture.create("dst", "[" + String.join(",",
                BookingFixture.rule(DayOfWeek.SUNDAY, "[{\"start\":\"00:00\",\"end\":\"04:00\"}]", "2027-03-01",
                        "2027-11-30"),
                BookingFixture.rule(DayOfWeek.MONDAY, "[{\"start\":\"09:00\",\"end\":\"10:00\"}]", "2027-03-01",
                        "2027-11-30")) + "]");
    }

    @Test
    @DisplayName("Clocks go forward: 01:00-01:59 is never offered, and every other time keeps its wall-clock time")
    void springForward() {
        assertThat(clinic.starts(SPRING, SPRING.plusDays(1))).containsExactly(
                "2027-03-28T00:00:00Z", "2027-03-28T00:30:00Z",
                "2027-03-28T02:00:00+01:00", "2027-03-28T02:30:00+01:00",
                "2027-03-28T03:00:00+01:00", "2027-03-28T03:30:00+01:00",
                "2027-03-29T09:00:00+01:00", "2027-03-29T09:30:00+01:00");
        assertThat(clinic.starts(SPRING.minusDays(6), SPRING.minusDays(6)))
                .as("the Monday before is still winter time").containsExactly(
                        "2027-03-22T09:00:00Z", "2027-03-22T09:30:00Z");
    }

    @Test
    @DisplayName("Clocks go back: 01:00 and 01:30 are offered twice, first at +01:00 then at +00:00, in time order")
    void fallBack() {
        List<String> starts = clinic.starts(AUTUMN, AUTUMN.plusDays(1));
        assertThat(starts).containsExactly(
                "2027-10-31T00:00:00+01:00", "2027-10-31T00:30:00+01:00",
                "2027-10-31T01:00:00+01:00", "2027-10-31T01:30:00+01:00",
                "2027-10-31T01:00:00Z", "2027-10-31T01:30:00Z",
                "2027-10-31T02:00:00Z", "2027-10-31T02:30:00Z", "2027-10-31T03:00:00Z", "2027-10-31T03:30:00Z",
                "2027-11-01T09:00:00Z", "2027-11-01T09:30:00Z");
        List<OffsetDateTime> sunday = starts.subList(0, 10).stream().map(OffsetDateTime::parse).toList();
        for (int i = 1; i < sunday.size(); i++) {
            assertThat(Duration.between(sunday.get(i - 1), sunday.get(i))).as("real time between slots")
                    .isEqualTo(Duration.ofMinutes(30));
        }
    }

    @Test
    @DisplayName("Both 01:30s on the day the clocks go back can be booked: they are different instants")
    void repeatedHourBookable() {
        assertThat(clinic.book(Api.anonymous(), "2027-10-31T01:30:00+01:00").status()).isEqualTo(201);
        Api.Response second = clinic.book(Api.anonymous(), "2027-10-31T01:30:00Z");
        assertThat(second.status()).as("%s", second).isEqualTo(201);
        assertThat(second.json().getJsonObject("appointment").getString("start")).isEqualTo("2027-10-31T01:30:00Z");
        assertThat(clinic.starts(AUTUMN, AUTUMN))
                .doesNotContain("2027-10-31T01:30:00+01:00", "2027-10-31T01:30:00Z")
                .contains("2027-10-31T01:00:00+01:00", "2027-10-31T01:00:00Z");
    }
}
