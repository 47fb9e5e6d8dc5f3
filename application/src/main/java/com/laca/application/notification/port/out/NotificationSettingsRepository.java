package com.laca.application.notification.port.out;

/**
 * The running tenant's notification settings, read in its transaction, so enqueueing and dispatching use what the
 * clinic has chosen (or the standard policies where it has chosen nothing).
 */
public interface NotificationSettingsRepository {

    /** The settings of the running tenant. */
    NotificationSettings current();
}
