package com.laca.application.notification.port.out;

import com.laca.domain.notification.Branding;
import com.laca.domain.notification.ContentRule;
import com.laca.domain.notification.ReminderSchedule;
import com.laca.domain.notification.SendDelayPolicy;
import java.util.Locale;
import java.util.Objects;

/**
 * A tenant's notification settings in one value: how its messages look, which language they are in, how long a clinic
 * change waits before it is sent, when reminders go and what may never be named.
 */
public record NotificationSettings(Branding branding, Locale locale, SendDelayPolicy sendDelay,
                                   ReminderSchedule reminders, ContentRule contentRule) {

    public NotificationSettings {
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(sendDelay, "sendDelay");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(contentRule, "contentRule");
    }
}
