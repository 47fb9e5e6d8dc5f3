package com.laca.domain.scheduling;

import static com.laca.domain.scheduling.Clinic.ANNA;
import static com.laca.domain.scheduling.Clinic.ENGINE;
import static com.laca.domain.scheduling.Clinic.MONDAY;
import static com.laca.domain.scheduling.Clinic.chelsea;
import static com.laca.domain.scheduling.Clinic.london;
import static com.laca.domain.scheduling.Clinic.minutes;
import static com.laca.domain.scheduling.Clinic.nurse;
import static com.laca.domain.scheduling.Clinic.wallClock;
import static com.laca.domain.scheduling.Clinic.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Minimum notice and maximum advance limit how soon and how far ahead a client may book")
class BookingWindowTest {

    private final ClinicSchedule everyDay = everyDayNineToFive();
    private final TreatmentRequirements treatment = minutes(60)
            .withBookingWindow(Duration.ofHours(24), Duration.ofDays(7));

    private static ClinicSchedule everyDayNineToFive() {
        ClinicSchedule.Builder builder = chelsea().practitioner(nurse(ANNA));
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.workingHours(weekly(ANNA, day, "09:00-17:00"));
        }
        return builder.build();
    }

    private List<String> timesOn(LocalDate date, Instant now) {
        return wallClock(ENGINE.offeredSlots(everyDay, treatment,
                new AvailabilityQuery(date, date, PractitionerChoice.any(), now)));
    }

    private BookingDecision check(String time, LocalDate date, Instant now) {
        return ENGINE.check(everyDay, treatment,
                new BookingRequest(PractitionerChoice.of(ANNA), london(date, time), now));
    }

    @Test
    @DisplayName("With 24 hours' notice, asked on Monday at 10:10, Tuesday starts at 10:15 and 10:00 is too soon")
    void minimumNotice() {
        Instant mondayTenTen = london(MONDAY, "10:10");
        LocalDate tuesday = MONDAY.plusDays(1);

        assertThat(timesOn(MONDAY, mondayTenTen)).isEmpty();
        assertThat(timesOn(tuesday, mondayTenTen)).first().isEqualTo("10:15");
        assertThat(check("10:00", tuesday, mondayTenTen))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.TOO_SOON));
    }

    @Test
    @DisplayName("Exactly 24 hours ahead is not too soon")
    void minimumNoticeEdge() {
        Instant mondayTen = london(MONDAY, "10:00");

        assertThat(timesOn(MONDAY.plusDays(1), mondayTen)).first().isEqualTo("10:00");
        assertThat(check("10:00", MONDAY.plusDays(1), mondayTen)).isInstanceOf(BookingDecision.Bookable.class);
    }

    @Test
    @DisplayName("With 7 days' advance, asked on Monday at 10:00, next Monday runs up to 10:00 exactly and not later")
    void maximumAdvance() {
        Instant mondayTen = london(MONDAY, "10:00");
        LocalDate nextMonday = MONDAY.plusWeeks(1);

        assertThat(timesOn(nextMonday, mondayTen)).containsExactly("09:00", "09:15", "09:30", "09:45", "10:00");
        assertThat(check("10:00", nextMonday, mondayTen)).isInstanceOf(BookingDecision.Bookable.class);
        assertThat(check("10:15", nextMonday, mondayTen))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.TOO_FAR_AHEAD));
    }
}
