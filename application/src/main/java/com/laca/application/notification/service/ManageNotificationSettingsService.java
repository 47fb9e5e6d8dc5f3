package com.laca.application.notification.service;

import com.laca.application.notification.port.in.ManageNotificationSettingsUseCase;
import com.laca.application.notification.port.in.NotificationTiming;
import com.laca.application.notification.port.out.NotificationSettings;
import com.laca.application.notification.port.out.NotificationSettingsRepository;
import com.laca.application.notification.port.out.OutboxRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.notification.Envelope;
import com.laca.domain.notification.FactValue;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.OutboxTransition;
import com.laca.domain.notification.PlannedReminder;
import com.laca.domain.notification.Recipient;
import com.laca.domain.notification.ReminderChanges;
import com.laca.domain.notification.ReminderRule;
import com.laca.domain.notification.ReminderSchedule;
import com.laca.domain.notification.SendDelayPolicy;
import com.laca.domain.notification.Topic;
import com.laca.domain.notification.TreatmentNaming;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and stores a clinic's notification choices in its own transaction, for owners and managers only; new
 * reminder times re-plan every reminder still waiting in that same transaction, so none goes by the old times.
 */
public final class ManageNotificationSettingsService implements ManageNotificationSettingsUseCase {

    private final TransactionRunner tx;
    private final NotificationSettingsRepository settings;
    private final OutboxRepository outbox;
    private final Clock clock;

    public ManageNotificationSettingsService(TransactionRunner tx, NotificationSettingsRepository settings,
                                             OutboxRepository outbox, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public TreatmentNaming treatmentNaming(Caller caller) {
        caller.require(Permission.SETTINGS_MANAGE);
        return tx.inTenant(caller.tenantId(), settings::treatmentNaming);
    }

    @Override
    public void setTreatmentNaming(Caller caller, TreatmentNaming naming) {
        caller.require(Permission.SETTINGS_MANAGE);
        Objects.requireNonNull(naming, "naming");
        tx.inTenant(caller.tenantId(), () -> {
            settings.saveTreatmentNaming(naming);
            return null;
        });
    }

    @Override
    public NotificationTiming timing(Caller caller) {
        caller.require(Permission.SETTINGS_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> timingOf(settings.current()));
    }

    @Override
    public NotificationTiming setTiming(Caller caller, NotificationTiming timing) {
        caller.require(Permission.SETTINGS_MANAGE);
        Objects.requireNonNull(timing, "timing");
        new SendDelayPolicy(timing.clinicChangeDelay(), Map.of());
        List<ReminderRule> rules = timing.remindersBefore().stream().map(ReminderRule::new).toList();
        ReminderSchedule standard = ReminderSchedule.standard();
        new ReminderSchedule(rules, standard.quietHours(), standard.minimumNotice());
        return tx.inTenant(caller.tenantId(), () -> {
            settings.saveTiming(timing.clinicChangeDelay(), rules);
            NotificationSettings now = settings.current();
            replanWaitingReminders(now);
            return timingOf(now);
        });
    }

    /**
     * Withdraws each appointment's waiting reminders and plans them again by the tenant's new times, to the same
     * recipients and from the same snapshot of facts; an appointment moved or cancelled since is still caught by the
     * dispatcher's check before sending.
     */
    private void replanWaitingReminders(NotificationSettings current) {
        Instant now = clock.instant();
        Map<Topic, List<OutboxMessage>> byAppointment = new LinkedHashMap<>();
        for (OutboxMessage waiting : outbox.waiting(MessageKind.APPOINTMENT_REMINDER)) {
            waiting.envelope().topic().ifPresent(topic -> byAppointment
                    .computeIfAbsent(topic, key -> new ArrayList<>()).add(waiting));
        }
        byAppointment.forEach((topic, reminders) -> {
            Envelope first = reminders.get(0).envelope();
            if (!(first.facts().get(Facts.APPOINTMENT_START).orElse(null) instanceof FactValue.Moment start)) {
                return;
            }
            ReminderChanges changes = current.reminders().replan(reminders, start.instant(), start.zone(), now);
            for (OutboxMessage reminder : reminders) {
                if (changes.cancel().contains(reminder.id()) && reminder.cancel(now, "reminder times changed")
                        instanceof OutboxTransition.Applied applied) {
                    outbox.save(applied.message(), OutboxRepository.Expected.of(reminder));
                }
            }
            List<Recipient> recipients = reminders.stream().map(m -> m.envelope().recipient()).distinct().toList();
            for (PlannedReminder planned : changes.create()) {
                for (Recipient recipient : recipients) {
                    outbox.insert(OutboxMessage.enqueue(new Envelope(NotificationId.random(), first.tenant(),
                            MessageKind.APPOINTMENT_REMINDER, recipient, Optional.of(topic), first.locale(),
                            first.facts(), now), Duration.between(now, planned.sendAt())));
                }
            }
        });
    }

    private static NotificationTiming timingOf(NotificationSettings current) {
        return new NotificationTiming(current.sendDelay().clinicChangeDelay(),
                current.reminders().rules().stream().map(ReminderRule::before).toList());
    }
}
