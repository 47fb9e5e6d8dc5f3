package com.laca.adapter.inmemory.notification;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.notification.port.out.NotificationSettings;
import com.laca.application.notification.port.out.NotificationSettingsRepository;
import com.laca.domain.notification.Branding;
import com.laca.domain.notification.ContentRule;
import com.laca.domain.notification.ReminderSchedule;
import com.laca.domain.notification.SendDelayPolicy;
import com.laca.domain.notification.TreatmentNaming;
import com.laca.domain.shared.TenantId;
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

    public InMemoryNotificationSettingsRepository(InMemoryTransactionRunner tx) {
        this.tx = tx;
    }

    @Override
    public NotificationSettings current() {
        NotificationSettings chosen = settings.getOrDefault(tx.tenant(), STANDARD);
        TreatmentNaming naming = namings.get(tx.tenant());
        return naming == null ? chosen : new NotificationSettings(chosen.branding(), chosen.locale(),
                chosen.sendDelay(), chosen.reminders(), naming.contentRule());
    }

    @Override
    public TreatmentNaming treatmentNaming() {
        return namings.getOrDefault(tx.tenant(), TreatmentNaming.HIDE_INJECTABLES);
    }

    @Override
    public void saveTreatmentNaming(TreatmentNaming naming) {
        namings.put(tx.tenant(), naming);
    }

    /** Sets the tenant's settings (tests and embedders). */
    public void set(TenantId tenant, NotificationSettings value) {
        settings.put(tenant, value);
    }
}
