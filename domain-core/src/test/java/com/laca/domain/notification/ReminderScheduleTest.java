package com.laca.domain.notification;

import static com.laca.domain.notification.Messages.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reminders go at the clinic's wall-clock times, across clock changes, and follow the appointment")
class ReminderScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final ReminderSchedule standard = ReminderSchedule.standard();
    private final ReminderSchedule noQuietHours = new ReminderSchedule(
            List.of(ReminderRule.hoursBefore(48), ReminderRule.hoursBefore(2)), Optional.empty(), Duration.ZERO);

    private static Instant london(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), LONDON).toInstant();
    }

    private static List<Instant> times(List<PlannedReminder> planned) {
        return planned.stream().map(PlannedReminder::sendAt).toList();
    }

    @Test
    @DisplayName("For a Wednesday 14:00 appointment, reminders go on Monday at 14:00 and on Wednesday at 12:00")
    void ordinaryWeek() {
        List<PlannedReminder> planned = standard.plan(london("2026-06-10T14:00"), LONDON, london("2026-06-01T09:00"));

        assertThat(times(planned)).containsExactly(london("2026-06-08T14:00"), london("2026-06-10T12:00"));
        assertThat(planned.get(0).rule().label()).isEqualTo("48h");
    }

    @Test
    @DisplayName("Across the spring clock change, '48 h before' a Monday 10:00 appointment is Saturday 10:00: 47 real hours")
    void springForward() {
        Instant start = london("2026-03-30T10:00");

        Instant reminder = times(noQuietHours.plan(start, LONDON, london("2026-03-20T09:00"))).get(0);

        assertThat(reminder).isEqualTo(london("2026-03-28T10:00")).isEqualTo(Instant.parse("2026-03-28T10:00:00Z"));
        assertThat(Duration.between(reminder, start)).isEqualTo(Duration.ofHours(47));
    }

    @Test
    @DisplayName("Across the autumn clock change, '48 h before' a Monday 10:00 appointment is Saturday 10:00: 49 real hours")
    void fallBack() {
        Instant start = london("2026-10-26T10:00");

        Instant reminder = times(noQuietHours.plan(start, LONDON, london("2026-10-20T09:00"))).get(0);

        assertThat(reminder).isEqualTo(london("2026-10-24T10:00")).isEqualTo(Instant.parse("2026-10-24T09:00:00Z"));
        assertThat(Duration.between(reminder, start)).isEqualTo(Duration.ofHours(49));
    }

    @Test
    @DisplayName("On the morning the clocks go forward, '2 h before' a 09:00 appointment is 07:00 on the new clock")
    void twoHoursOnTheChangeDay() {
        Instant start = london("2026-03-29T09:00");

        List<Instant> planned = times(noQuietHours.plan(start, LONDON, london("2026-03-20T09:00")));

        assertThat(planned).contains(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    @DisplayName("A reminder whose wall-clock time is skipped by the spring change goes once the clocks have jumped")
    void inTheGap() {
        Instant start = london("2026-03-29T03:30");
        ReminderSchedule twoHours = new ReminderSchedule(List.of(ReminderRule.hoursBefore(2)), Optional.empty(),
                Duration.ZERO);

        Instant reminder = times(twoHours.plan(start, LONDON, london("2026-03-20T09:00"))).get(0);

        // 01:30 does not exist that night; Java, and we, move it on by the hour skipped: 02:30 BST = 01:30 UTC
        assertThat(reminder).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    @DisplayName("A reminder whose wall-clock time happens twice in autumn goes at the first of them")
    void inTheOverlap() {
        Instant start = Instant.parse("2026-10-25T03:30:00Z");
        ReminderSchedule twoHours = new ReminderSchedule(List.of(ReminderRule.hoursBefore(2)), Optional.empty(),
                Duration.ZERO);

        Instant reminder = times(twoHours.plan(start, LONDON, london("2026-10-20T09:00"))).get(0);

        assertThat(reminder).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    @DisplayName("A reminder due in the night (07:00 for a 09:00 appointment) goes the evening before at 21:00")
    void quietHours() {
        List<Instant> planned = times(standard.plan(london("2026-06-10T09:00"), LONDON, london("2026-06-01T09:00")));

        assertThat(planned).containsExactly(london("2026-06-08T09:00"), london("2026-06-09T21:00"));
    }

    @Test
    @DisplayName("Reminders due at exactly 08:00 or 21:00 go at that time")
    void quietHoursEdges() {
        assertThat(times(standard.plan(london("2026-06-10T10:00"), LONDON, london("2026-06-01T09:00"))))
                .contains(london("2026-06-10T08:00"));
        assertThat(times(standard.plan(london("2026-06-10T23:00"), LONDON, london("2026-06-01T09:00"))))
                .contains(london("2026-06-10T21:00"));
        assertThat(QuietHours.standard().contains(LocalTime.of(7, 59))).isTrue();
        assertThat(QuietHours.standard().contains(LocalTime.of(21, 1))).isTrue();
    }

    @Test
    @DisplayName("Two reminders that the night would send at the same moment send one")
    void oneReminderPerMoment() {
        ReminderSchedule close = new ReminderSchedule(List.of(ReminderRule.hoursBefore(10),
                ReminderRule.hoursBefore(9)), Optional.of(QuietHours.standard()), Duration.ZERO);

        List<PlannedReminder> planned = close.plan(london("2026-06-10T07:00"), LONDON, london("2026-06-01T09:00"));

        assertThat(planned).hasSize(1);
        assertThat(planned.get(0).sendAt()).isEqualTo(london("2026-06-09T21:00"));
        assertThat(planned.get(0).rule()).isEqualTo(ReminderRule.hoursBefore(10));
    }

    @Test
    @DisplayName("Booked 30 hours ahead, the 48-hour reminder is not sent late; the 2-hour one is")
    void pastRemindersAreSkipped() {
        Instant start = london("2026-06-10T14:00");

        List<Instant> planned = times(standard.plan(start, LONDON, start.minus(Duration.ofHours(30))));

        assertThat(planned).containsExactly(london("2026-06-10T12:00"));
    }

    @Test
    @DisplayName("A reminder due less than 30 minutes after booking is not sent (the confirmation has just gone); at 30 it is")
    void minimumNotice() {
        Instant start = london("2026-06-10T14:00");

        assertThat(standard.plan(start, LONDON, start.minus(Duration.ofMinutes(149)))).isEmpty();
        assertThat(standard.plan(start, LONDON, start.minus(Duration.ofMinutes(150))))
                .extracting(PlannedReminder::sendAt).containsExactly(london("2026-06-10T12:00"));
    }

    @Test
    @DisplayName("When the appointment moves, waiting reminders are withdrawn and planned from the new time")
    void rescheduled() {
        Instant now = london("2026-06-09T09:00");
        OutboxMessage sent48h = in(OutboxState.SENT, Messages.pending(MessageKind.APPOINTMENT_REMINDER, now), now);
        OutboxMessage waiting2h = Messages.pending(MessageKind.APPOINTMENT_REMINDER, now);
        OutboxMessage confirmation = Messages.pending(MessageKind.BOOKING_CONFIRMED, now);

        ReminderChanges changes = standard.replan(List.of(sent48h, waiting2h, confirmation),
                london("2026-06-17T14:00"), LONDON, now);

        assertThat(changes.cancel()).containsExactly(waiting2h.id());
        assertThat(changes.create()).extracting(PlannedReminder::sendAt)
                .containsExactly(london("2026-06-15T14:00"), london("2026-06-17T12:00"));
    }

    @Test
    @DisplayName("When the appointment is cancelled, every waiting reminder is withdrawn and none is planned")
    void cancelled() {
        Instant now = london("2026-06-09T09:00");
        OutboxMessage waiting = Messages.pending(MessageKind.APPOINTMENT_REMINDER, now);
        OutboxMessage retrying = in(OutboxState.FAILED_RETRYING,
                Messages.pending(MessageKind.APPOINTMENT_REMINDER, now), now);

        ReminderChanges changes = standard.onCancellation(List.of(waiting, retrying));

        assertThat(changes.cancel()).containsExactlyInAnyOrder(waiting.id(), retrying.id());
        assertThat(changes.create()).isEmpty();
    }

    @Test
    @DisplayName("A tenant may have no reminders; more than five, or the same one twice, is refused")
    void schedulesAreBounded() {
        assertThat(ReminderSchedule.none().plan(london("2026-06-10T14:00"), LONDON, london("2026-06-01T09:00")))
                .isEmpty();
        assertThatThrownBy(() -> new ReminderSchedule(List.of(ReminderRule.hoursBefore(2),
                ReminderRule.hoursBefore(2)), Optional.empty(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderRule.hoursBefore(24 * 15)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderRule(Duration.ofMinutes(5))).isInstanceOf(IllegalArgumentException.class);
    }
}
