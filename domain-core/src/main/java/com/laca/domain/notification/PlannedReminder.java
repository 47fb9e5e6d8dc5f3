package com.laca.domain.notification;

import java.time.Instant;
import java.util.Objects;

/** A reminder to enqueue for an appointment: which rule and when it is due. */
public record PlannedReminder(ReminderRule rule, Instant sendAt) {

    public PlannedReminder {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(sendAt, "sendAt");
    }
}
