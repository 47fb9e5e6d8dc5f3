package com.laca.application.notification.service;

import com.laca.application.notification.port.in.DispatchNotificationsUseCase;
import com.laca.application.notification.port.out.AppointmentDirectory;
import com.laca.application.notification.port.out.DeliveryException;
import com.laca.application.notification.port.out.DeliveryReceipt;
import com.laca.application.notification.port.out.EmailMessage;
import com.laca.application.notification.port.out.MailSender;
import com.laca.application.notification.port.out.Mailbox;
import com.laca.application.notification.port.out.MessageRenderer;
import com.laca.application.notification.port.out.MessageRenderingException;
import com.laca.application.notification.port.out.MessageTemplate;
import com.laca.application.notification.port.out.MessageTemplateRepository;
import com.laca.application.notification.port.out.NotificationSettings;
import com.laca.application.notification.port.out.NotificationSettingsRepository;
import com.laca.application.notification.port.out.OutboxClaim;
import com.laca.application.notification.port.out.OutboxRepository;
import com.laca.application.notification.port.out.RenderRequest;
import com.laca.application.notification.port.out.RenderedMessage;
import com.laca.application.notification.port.out.SmsMessage;
import com.laca.application.notification.port.out.SmsOptOutRepository;
import com.laca.application.notification.port.out.SmsSender;
import com.laca.application.notification.port.out.TemplateKey;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.notification.ContentRule;
import com.laca.domain.notification.ContentVerdict;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.Envelope;
import com.laca.domain.notification.FactValue;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.Lease;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.OutboxState;
import com.laca.domain.notification.OutboxTransition;
import com.laca.domain.notification.SendFailure;
import com.laca.domain.notification.Surface;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The dispatcher: claims due messages in one short platform transaction, then for each reads it in its tenant's
 * transaction, renders it from its snapshot, checks every surface against the no-medical-content rule and sends it
 * with no transaction open, and records the outcome in one short transaction that only succeeds while the claim is
 * still ours, so a dispatcher that lost its lease can never overwrite the one that took over. A text to a number that
 * replied STOP after the message was queued is withdrawn, never sent.
 */
public final class DispatchNotificationsService implements DispatchNotificationsUseCase {

    private static final String APPOINTMENT_TOPIC = "appointment:";

    /** No tenant has templates of its own: every message uses the shipped defaults. */
    private static final MessageTemplateRepository NO_TEMPLATES = new MessageTemplateRepository() {
        @Override
        public Optional<MessageTemplate> find(TemplateKey key) {
            return Optional.empty();
        }

        @Override
        public List<StoredTemplate> list() {
            return List.of();
        }

        @Override
        public void save(StoredTemplate template) {
            throw new UnsupportedOperationException("this dispatcher stores no templates");
        }

        @Override
        public boolean delete(TemplateKey key) {
            return false;
        }
    };

    /** No number is on the STOP list (the provider still refuses a stopped number). */
    private static final SmsOptOutRepository NO_STOPS = new SmsOptOutRepository() {
        @Override
        public void optOut(PhoneNumber number, Instant at) {
            throw new UnsupportedOperationException("this dispatcher keeps no STOP list");
        }

        @Override
        public boolean optIn(PhoneNumber number) {
            return false;
        }

        @Override
        public boolean isOptedOut(PhoneNumber number) {
            return false;
        }
    };

    private final TransactionRunner tx;
    private final OutboxRepository outbox;
    private final NotificationSettingsRepository settings;
    private final MessageRenderer renderer;
    private final MailSender mail;
    private final SmsSender sms;
    private final DispatcherSettings dispatcher;
    private final Clock clock;
    private final RandomGenerator random;
    private final AppointmentDirectory appointments;
    private final MessageTemplateRepository templates;
    private final SmsOptOutRepository stopList;

    /**
     * A dispatcher that trusts every reminder still applies ({@link AppointmentDirectory#UNCHECKED}) and keeps no
     * STOP list of its own.
     *
     * @param random draws the retry jitter; seeded in tests, a {@code SecureRandom} in production
     */
    public DispatchNotificationsService(TransactionRunner tx, OutboxRepository outbox,
                                        NotificationSettingsRepository settings, MessageRenderer renderer,
                                        MailSender mail, SmsSender sms, DispatcherSettings dispatcher, Clock clock,
                                        RandomGenerator random) {
        this(tx, outbox, settings, renderer, mail, sms, dispatcher, clock, random, AppointmentDirectory.UNCHECKED,
                NO_TEMPLATES, NO_STOPS);
    }

    /**
     * @param random       draws the retry jitter; seeded in tests, a {@code SecureRandom} in production
     * @param appointments checked just before sending a kind that applies only while its appointment goes ahead
     * @param templates    the tenants' own templates, read at send time
     * @param stopList     the numbers that replied STOP, checked again just before each text is sent
     */
    public DispatchNotificationsService(TransactionRunner tx, OutboxRepository outbox,
                                        NotificationSettingsRepository settings, MessageRenderer renderer,
                                        MailSender mail, SmsSender sms, DispatcherSettings dispatcher, Clock clock,
                                        RandomGenerator random, AppointmentDirectory appointments,
                                        MessageTemplateRepository templates, SmsOptOutRepository stopList) {
        this.stopList = Objects.requireNonNull(stopList, "stopList");
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.sms = Objects.requireNonNull(sms, "sms");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public int dispatchDue() {
        List<OutboxClaim> claims = tx.asPlatform(() -> outbox.claimDue(dispatcher.owner(), clock.instant(),
                dispatcher.lease(), dispatcher.batchSize()));
        for (OutboxClaim claim : claims) {
            deliver(claim);
        }
        return claims.size();
    }

    private void deliver(OutboxClaim claim) {
        record Loaded(OutboxMessage message, NotificationSettings settings, Optional<String> stale,
                      Optional<MessageTemplate> template) {
        }
        Optional<Loaded> loaded = tx.inTenant(claim.tenant(), () -> outbox.find(claim.id())
                .map(message -> new Loaded(message, settings.current(), stale(message),
                        templates.find(new TemplateKey(message.envelope().kind().code(),
                                message.envelope().recipient().channel(), message.envelope().locale())))));
        if (loaded.isEmpty() || !heldByUs(loaded.get().message())) {
            return;
        }
        OutboxMessage message = loaded.get().message();
        if (loaded.get().stale().isPresent()) {
            OutboxTransition withdrawn = message.withdrawClaimed(dispatcher.owner(), clock.instant(),
                    loaded.get().stale().get());
            if (withdrawn instanceof OutboxTransition.Applied applied) {
                tx.inTenant(claim.tenant(), () -> outbox.save(applied.message(), OutboxRepository.Expected.of(message)));
            }
            return;
        }
        OutboxTransition outcome;
        try {
            String reference = send(message, loaded.get().settings(), loaded.get().template()).providerReference();
            outcome = message.markSent(dispatcher.owner(), clock.instant(), reference);
        } catch (DeliveryException e) {
            outcome = failed(message, e.toFailure());
        } catch (ContentRefused e) {
            outcome = failed(message, SendFailure.refused(e.getMessage()));
        } catch (MessageRenderingException e) {
            outcome = failed(message, SendFailure.refused("the template could not be rendered"));
        } catch (RuntimeException e) {
            outcome = failed(message, SendFailure.unavailable("unexpected " + e.getClass().getSimpleName()));
        }
        if (outcome instanceof OutboxTransition.Applied applied) {
            tx.inTenant(claim.tenant(), () -> outbox.save(applied.message(), OutboxRepository.Expected.of(message)));
        }
    }

    /**
     * Why a message no longer applies (a text whose number replied STOP since it was queued; a message that applies
     * only while its appointment goes ahead when the appointment was cancelled, lapsed or moved since it was
     * planned), read in the tenant's transaction; empty if it still applies.
     */
    private Optional<String> stale(OutboxMessage message) {
        Envelope envelope = message.envelope();
        if (envelope.recipient().channel() == Channel.SMS
                && stopList.isOptedOut(new PhoneNumber(envelope.recipient().address()))) {
            return Optional.of("the number replied STOP after this was queued");
        }
        if (!envelope.kind().has(MessageKind.Trait.ONLY_WHILE_APPOINTMENT_ACTIVE)) {
            return Optional.empty();
        }
        Optional<AppointmentId> appointment = envelope.topic().map(Object::toString)
                .filter(topic -> topic.startsWith(APPOINTMENT_TOPIC))
                .map(topic -> AppointmentId.parse(topic.substring(APPOINTMENT_TOPIC.length())));
        Optional<Instant> planned = envelope.facts().get(Facts.APPOINTMENT_START)
                .filter(FactValue.Moment.class::isInstance).map(value -> ((FactValue.Moment) value).instant());
        if (appointment.isEmpty() || planned.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> start = appointments.startIfGoingAhead(appointment.get(), planned.get(), clock.instant());
        if (start.isEmpty()) {
            return Optional.of("the appointment no longer goes ahead");
        }
        return start.get().equals(planned.get()) ? Optional.empty()
                : Optional.of("the appointment was moved since this was planned");
    }

    private boolean heldByUs(OutboxMessage message) {
        return message.state() == OutboxState.CLAIMED
                && message.delivery().lease().map(Lease::owner).orElse("").equals(dispatcher.owner());
    }

    private OutboxTransition failed(OutboxMessage message, SendFailure failure) {
        return message.markFailed(dispatcher.owner(), clock.instant(), failure, dispatcher.retry(), random);
    }

    /** Renders, checks and sends; a rule violation is never sent. */
    private DeliveryReceipt send(OutboxMessage message, NotificationSettings tenant,
                                 Optional<MessageTemplate> template) {
        Envelope envelope = message.envelope();
        ContentRule rule = tenant.contentRule();
        RenderedMessage rendered = renderer.render(new RenderRequest(envelope.kind(), envelope.recipient().channel(),
                envelope.locale(), tenant.branding(), envelope.facts(), rule, template));
        if (rendered instanceof RenderedMessage.Email email) {
            check(rule, Surface.EMAIL_SUBJECT, email.subject());
            check(rule, Surface.EMAIL_BODY, email.text());
            check(rule, Surface.EMAIL_BODY, email.html());
            return mail.send(new EmailMessage(envelope.id(), new Mailbox(tenant.branding().clinicName(),
                    dispatcher.from()), Optional.empty(), new EmailAddress(envelope.recipient().address()),
                    email.subject(), email.text(), email.html()));
        }
        RenderedMessage.Sms text = (RenderedMessage.Sms) rendered;
        check(rule, Surface.SMS, text.text());
        return sms.send(new SmsMessage(envelope.id(), new PhoneNumber(envelope.recipient().address()), text.text(),
                message.delivery().attempts()));
    }

    private static void check(ContentRule rule, Surface surface, String text) {
        if (rule.check(surface, text) instanceof ContentVerdict.Violation violation) {
            throw new ContentRefused("content rule: " + surface + " names " + violation.terms());
        }
    }

    /** A rendered message that names what its surface may not; it becomes a dead letter with the terms found. */
    private static final class ContentRefused extends RuntimeException {

        ContentRefused(String message) {
            super(message, null, false, false);
        }
    }
}
