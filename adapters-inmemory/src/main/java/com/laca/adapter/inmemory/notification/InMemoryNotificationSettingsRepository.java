package com.laca.adapter.inmemory.notification;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.notification.port.out.NotificationSettings;
import com.laca.application.notification.port.out.NotificationSettingsRepository;
import com.laca.domain.notification.Branding;
import com.laca.domain.notification.ContentRule;
import com.laca.domain.notification.ReminderRule;
import com.laca.domain.notification.ReminderSchedule;
import com.laca.domain.notification.SendDelayPolicy;
import com.laca.domain.notification.TreatmentNaming;
import com.laca.domain.shared.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notification settings per tenant in memory: the standard policies and a plain branding unless a test or an
 * embedder sets its own.
 */
public final class InMemoryNotificationSettingsRepository implements NotificationSettingsRepository {

    /** What a tenant that chose nothing gets. */
    public static final NotificationSettings STANDARD = new NotificationSettings(
            new Branding("Your clinic", Optional.empty(), "#1F3A5F", "#B5838D", "Address on request",
                    Optional.empty()),
            Locale.UK, SendDelayPolicy.standard(), ReminderSchedule.standard(), ContentRule.standard());

    private final InMemoryTransactionRunner tx;
    private final Map<TenantId, NotificationSettings> settings = new ConcurrentHashMap<>();
    private final Map<TenantId, TreatmentNaming> namings = new ConcurrentHashMap<>();
    private final Map<TenantId, Duration> delays = new ConcurrentHashMap<>();
    private final Map<TenantId, List<ReminderRule>> reminders = new ConcurrentHashMap<>();

    public InMemoryNotificationSettingsRepository(InMemoryTransactionRunner tx) {
        this.tx = tx;
    }

    @Override
    public NotificationSettings current() {
        NotificationSettings chosen = settings.getOrDefault(tx.tenant(), STANDARD);
        TreatmentNaming naming = namings.get(tx.tenant());
        Duration delay = delays.get(tx.tenant());
        List<ReminderRule> rules = reminders.get(tx.tenant());
        ReminderSchedule schedule = chosen.reminders();
        return new NotificationSettings(chosen.branding(), chosen.locale(),
                delay == null ? chosen.sendDelay() : new SendDelayPolicy(delay, chosen.sendDelay().overrides()),
                rules == null ? schedule : new ReminderSchedule(rules, schedule.quietHours(), schedule.minimumNotice()),
                naming == null ? chosen.contentRule() : naming.contentRule());
    }

    @Override
    public TreatmentNaming treatmentNaming() {
        return namings.getOrDefault(tx.tenant(), TreatmentNaming.HIDE_INJECTABLES);
    }

    @Override
    public void saveTreatmentNaming(TreatmentNaming naming) {
        namings.put(tx.tenant(), naming);
    }

    @Override
    public void saveTiming(Duration clinicChangeDelay, List<ReminderRule> rules) {
        delays.put(tx.tenant(), clinicChangeDelay);
        reminders.put(tx.tenant(), List.copyOf(rules));
    }

    /** Sets the tenant's settings (tests and embedders). */
    public void set(TenantId tenant, NotificationSettings value) {
        settings.put(tenant, value);
    }
}
