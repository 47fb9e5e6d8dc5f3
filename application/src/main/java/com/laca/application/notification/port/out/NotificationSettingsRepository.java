package com.laca.application.notification.port.out;

import com.laca.domain.notification.ReminderRule;
import com.laca.domain.notification.TreatmentNaming;
import java.time.Duration;
import java.util.List;

/**
 * The running tenant's notification settings, read in its transaction, so enqueueing and dispatching use what the
 * clinic has chosen (or the standard policies where it has chosen nothing).
 */
public interface NotificationSettingsRepository {

    /** The settings of the running tenant. */
    NotificationSettings current();

    /** The running tenant's choice of treatment names on lock screens (the standard until it chooses). */
    TreatmentNaming treatmentNaming();

    /** Stores the running tenant's choice; its content rule applies from the next message rendered. */
    void saveTreatmentNaming(TreatmentNaming naming);

    /**
     * Stores the running tenant's undo delay for its own changes and its reminder times; {@link #current()} applies
     * them from then on (quiet hours and the minimum notice stay the standard).
     */
    void saveTiming(Duration clinicChangeDelay, List<ReminderRule> reminders);
}
