package com.laca.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's reminders (e.g. 48 h and 2 h before, none in the night), planned from each appointment's start in its
 * location's zone, planned again when the appointment moves and withdrawn when it is cancelled, because no-shows
 * cost a clinic money and a reminder for a cancelled or moved appointment costs it a client's trust.
 *
 * @param rules         up to five reminders, each a different time before
 * @param quietHours    when no reminder is sent, if the tenant wants such hours
 * @param minimumNotice a reminder due sooner than this after planning is not sent (the confirmation has just gone)
 */
public record ReminderSchedule(List<ReminderRule> rules, Optional<QuietHours> quietHours, Duration minimumNotice) {

    public ReminderSchedule {
        rules = Objects.requireNonNull(rules, "rules").stream()
                .sorted(Comparator.comparing(ReminderRule::before).reversed()).toList();
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(minimumNotice, "minimumNotice");
        if (rules.size() > 5 || Set.copyOf(rules).size() != rules.size()) {
            throw new IllegalArgumentException("up to five reminders, each at a different time before");
        }
        if (minimumNotice.isNegative() || minimumNotice.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("minimumNotice must be 0 to 24 hours");
        }
    }

    /** 48 h and 2 h before, none between 21:00 and 08:00, none within 30 minutes of booking. */
    public static ReminderSchedule standard() {
        return new ReminderSchedule(List.of(ReminderRule.hoursBefore(48), ReminderRule.hoursBefore(2)),
                Optional.of(QuietHours.standard()), Duration.ofMinutes(30));
    }

    /** No reminders at all, for a tenant that does not want them. */
    public static ReminderSchedule none() {
        return new ReminderSchedule(List.of(), Optional.empty(), Duration.ZERO);
    }

    /**
     * The reminders for an appointment starting at {@code start} in {@code zone}, planned at {@code now}, in the
     * order they are due. A reminder whose time has passed or is closer than the minimum notice is left out (never
     * sent late); two rules that land on the same moment after the quiet hours send one reminder.
     */
    public List<PlannedReminder> plan(Instant start, ZoneId zone, Instant now) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
        List<PlannedReminder> planned = new ArrayList<>();
        Set<Instant> taken = new HashSet<>();
        for (ReminderRule rule : rules) {
            Instant due = rule.dueFor(start, zone);
            Instant sendAt = quietHours.map(quiet -> quiet.latestAllowedAtOrBefore(due, zone)).orElse(due);
            if (sendAt.isBefore(now.plus(minimumNotice)) || !sendAt.isBefore(start) || !taken.add(sendAt)) {
                continue;
            }
            planned.add(new PlannedReminder(rule, sendAt));
        }
        planned.sort(Comparator.comparing(PlannedReminder::sendAt));
        return List.copyOf(planned);
    }

    /**
     * After the appointment moved to {@code newStart}: withdraw its reminders still waiting and plan them from the new
     * start. Reminders already sent stay sent; those of the new plan whose time has passed are not sent.
     *
     * @param reminders the appointment's reminder messages so far, in any state
     */
    public ReminderChanges replan(List<OutboxMessage> reminders, Instant newStart, ZoneId zone, Instant now) {
        return new ReminderChanges(waiting(reminders), plan(newStart, zone, now));
    }

    /** After the appointment was cancelled: withdraw every reminder still waiting, plan none. */
    public ReminderChanges onCancellation(List<OutboxMessage> reminders) {
        return new ReminderChanges(waiting(reminders), List.of());
    }

    private static List<NotificationId> waiting(List<OutboxMessage> reminders) {
        return reminders.stream()
                .filter(m -> m.envelope().kind().equals(MessageKind.APPOINTMENT_REMINDER))
                .filter(m -> m.state().isWaiting())
                .map(OutboxMessage::id)
                .toList();
    }
}
