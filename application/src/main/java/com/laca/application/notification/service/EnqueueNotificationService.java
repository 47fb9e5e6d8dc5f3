package com.laca.application.notification.service;

import com.laca.application.notification.port.in.Addressee;
import com.laca.application.notification.port.in.EnqueueNotificationCommand;
import com.laca.application.notification.port.in.EnqueueNotificationUseCase;
import com.laca.application.notification.port.in.EnqueueResult;
import com.laca.application.notification.port.out.ContactDirectory;
import com.laca.application.notification.port.out.NotificationSettings;
import com.laca.application.notification.port.out.NotificationSettingsRepository;
import com.laca.application.notification.port.out.OutboxRepository;
import com.laca.application.notification.port.out.UnsubscribeLinks;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.notification.ChannelChoice;
import com.laca.domain.notification.ChannelPolicy;
import com.laca.domain.notification.ContactPreferences;
import com.laca.domain.notification.Envelope;
import com.laca.domain.notification.FactValue;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.MessageKindCatalogue;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.OutboxTransition;
import com.laca.domain.notification.PlannedReminder;
import com.laca.domain.notification.Purpose;
import com.laca.domain.notification.Recipient;
import com.laca.domain.notification.ReminderChanges;
import com.laca.domain.notification.Supersession;
import com.laca.domain.notification.Topic;
import com.laca.domain.shared.TenantId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes messages to the outbox inside the caller's tenant transaction: the channels from the addressee's current
 * preferences, the tenant's send delay, earlier waiting news the new message makes stale withdrawn, and the
 * appointment's reminders planned, moved or withdrawn with it, each client message with the link that stops the
 * clinic's marketing; it never talks to a mail server or SMS provider.
 */
public final class EnqueueNotificationService implements EnqueueNotificationUseCase {

    private static final Set<MessageKind> CANCELLATIONS = Set.of(MessageKind.BOOKING_CANCELLED_BY_CLIENT,
            MessageKind.BOOKING_CANCELLED_BY_CLINIC);
    private static final Set<MessageKind> PLANS_REMINDERS = Set.of(MessageKind.BOOKING_CONFIRMED,
            MessageKind.BOOKING_RESCHEDULED);

    private final OutboxRepository outbox;
    private final ContactDirectory contacts;
    private final NotificationSettingsRepository settings;
    private final MessageKindCatalogue catalogue;
    private final Clock clock;
    private final UnsubscribeLinks unsubscribeLinks;

    /** A service that puts no unsubscribe link in client messages, so it refuses to queue marketing. */
    public EnqueueNotificationService(OutboxRepository outbox, ContactDirectory contacts,
                                      NotificationSettingsRepository settings, MessageKindCatalogue catalogue,
                                      Clock clock) {
        this(outbox, contacts, settings, catalogue, clock, UnsubscribeLinks.NONE);
    }

    /**
     * @param unsubscribeLinks makes the link every message to a client carries, with which the client stops the
     *                         clinic's marketing without signing in
     */
    public EnqueueNotificationService(OutboxRepository outbox, ContactDirectory contacts,
                                      NotificationSettingsRepository settings, MessageKindCatalogue catalogue,
                                      Clock clock, UnsubscribeLinks unsubscribeLinks) {
        this.unsubscribeLinks = Objects.requireNonNull(unsubscribeLinks, "unsubscribeLinks");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public EnqueueResult enqueue(EnqueueNotificationCommand command) {
        MessageKind kind = catalogue.find(command.kind().code()).filter(command.kind()::equals)
                .orElseThrow(() -> new IllegalArgumentException(command.kind() + " is not in the catalogue"));
        ContactPreferences preferences = preferencesOf(command.addressee());
        NotificationSettings tenantSettings = settings.current();
        Instant now = clock.instant();
        List<OutboxMessage> earlier = command.topic().map(outbox::findByTopic).orElse(List.of());
        MessageFacts facts = carriedOver(withUnsubscribeLink(command, kind), command.carriedOver(), earlier);
        Supersession.Outcome outcome = Supersession.decide(kind, earlier);
        List<NotificationId> withdrawn = new ArrayList<>(withdraw(outcome.cancel(), earlier, now, "superseded"));
        Optional<MessageKind> sendAs = outcome.sendAs();
        ReminderChanges reminders = reminderChanges(tenantSettings, sendAs.orElse(kind), earlier, facts, now);
        withdrawn.addAll(withdraw(reminders.cancel().stream().filter(id -> !withdrawn.contains(id)).toList(),
                earlier, now, "appointment changed"));
        if (sendAs.isEmpty()) {
            return new EnqueueResult.Undone(withdrawn);
        }
        if (!reminders.create().isEmpty()) {
            ChannelChoice reminderChoice = ChannelPolicy.choose(MessageKind.APPOINTMENT_REMINDER, preferences);
            for (PlannedReminder reminder : reminders.create()) {
                for (Recipient recipient : reminderChoice.recipients()) {
                    insert(command.tenant(), MessageKind.APPOINTMENT_REMINDER, recipient, command.topic(),
                            tenantSettings, facts, now, Duration.between(now, reminder.sendAt()));
                }
            }
        }
        ChannelChoice choice = ChannelPolicy.choose(sendAs.get(), preferences);
        if (choice.isEmpty()) {
            return new EnqueueResult.NoChannel(choice.skipped());
        }
        Duration delay = tenantSettings.sendDelay().delayFor(sendAs.get(), command.initiator());
        List<NotificationId> queued = new ArrayList<>();
        for (Recipient recipient : choice.recipients()) {
            queued.add(insert(command.tenant(), sendAs.get(), recipient, command.topic(), tenantSettings,
                    facts, now, delay));
        }
        return new EnqueueResult.Queued(queued, choice.skipped(), withdrawn);
    }

    /**
     * The command's facts plus, for a client, the link that stops the clinic's marketing: every client message
     * carries it (the e-mail footer shows it), and a marketing message cannot be queued without it.
     */
    private MessageFacts withUnsubscribeLink(EnqueueNotificationCommand command, MessageKind kind) {
        Optional<URI> link = command.addressee() instanceof Addressee.Client client
                ? unsubscribeLinks.linkFor(command.tenant(), client.client()) : Optional.empty();
        if (link.isEmpty()) {
            if (kind.purpose() == Purpose.MARKETING) {
                throw new IllegalStateException(kind + " is marketing and needs an unsubscribe link to a client");
            }
            return command.facts();
        }
        Map<String, FactValue> values = new HashMap<>(command.facts().asMap());
        values.put(Facts.UNSUBSCRIBE_LINK, new FactValue.Link(link.get()));
        return MessageFacts.of(values);
    }

    /** The facts with each named one taken from the latest earlier message about the topic that has it. */
    private static MessageFacts carriedOver(MessageFacts facts, Set<String> names, List<OutboxMessage> earlier) {
        if (names.isEmpty()) {
            return facts;
        }
        Map<String, FactValue> values = new HashMap<>(facts.asMap());
        for (String name : names) {
            earlier.stream().filter(message -> message.envelope().facts().get(name).isPresent())
                    .max(Comparator.comparing(message -> message.envelope().createdAt()))
                    .ifPresent(message -> values.put(name, message.envelope().facts().get(name).orElseThrow()));
        }
        return MessageFacts.of(values);
    }

    private ContactPreferences preferencesOf(Addressee addressee) {
        if (addressee instanceof Addressee.Staff staff) {
            return ContactPreferences.emailOnly(staff.email());
        }
        Addressee.Client client = (Addressee.Client) addressee;
        return contacts.client(client.client()).orElseThrow(() -> new NotFoundException("client", client.client()));
    }

    /** Reminders follow the appointment: planned on confirmation, moved on reschedule, withdrawn on cancellation. */
    private static ReminderChanges reminderChanges(NotificationSettings settings, MessageKind kind,
                                                   List<OutboxMessage> earlier, MessageFacts facts, Instant now) {
        if (CANCELLATIONS.contains(kind)) {
            return settings.reminders().onCancellation(earlier);
        }
        if (PLANS_REMINDERS.contains(kind) && facts.get(Facts.APPOINTMENT_START).orElse(null)
                instanceof FactValue.Moment start) {
            return settings.reminders().replan(earlier, start.instant(), start.zone(), now);
        }
        return new ReminderChanges(List.of(), List.of());
    }

    private NotificationId insert(TenantId tenant, MessageKind kind, Recipient recipient, Optional<Topic> topic,
                                  NotificationSettings settings, MessageFacts facts, Instant now, Duration delay) {
        Envelope envelope = new Envelope(NotificationId.random(), tenant, kind, recipient, topic, settings.locale(),
                facts, now);
        OutboxMessage message = OutboxMessage.enqueue(envelope, delay);
        outbox.insert(message);
        return message.id();
    }

    /** Withdraws the waiting messages named; one already being sent stays as it is (it cannot be called back). */
    private List<NotificationId> withdraw(List<NotificationId> ids, List<OutboxMessage> earlier, Instant now,
                                          String reason) {
        List<NotificationId> done = new ArrayList<>();
        for (OutboxMessage message : earlier) {
            if (!ids.contains(message.id())) {
                continue;
            }
            if (message.cancel(now, reason) instanceof OutboxTransition.Applied applied
                    && outbox.save(applied.message(), OutboxRepository.Expected.of(message))) {
                done.add(message.id());
            }
        }
        return done;
    }
}
