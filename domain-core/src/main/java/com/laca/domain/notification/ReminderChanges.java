package com.laca.domain.notification;

import java.util.List;
import java.util.Objects;

/**
 * What to do with an appointment's reminders after it moved or was cancelled: the waiting ones to withdraw and the
 * new ones to enqueue.
 */
public record ReminderChanges(List<NotificationId> cancel, List<PlannedReminder> create) {

    public ReminderChanges {
        cancel = List.copyOf(Objects.requireNonNull(cancel, "cancel"));
        create = List.copyOf(Objects.requireNonNull(create, "create"));
    }
}
