package com.laca.bootstrap.wiring;

import com.laca.adapter.notifications.mail.SmtpConfig;
import com.laca.adapter.notifications.mail.SmtpMailSender;
import com.laca.adapter.notifications.outbox.OutboxViewerMailSender;
import com.laca.adapter.notifications.sms.LogOnlySmsSender;
import com.laca.adapter.notifications.sms.TwilioCallbackVerifier;
import com.laca.adapter.notifications.sms.TwilioConfig;
import com.laca.adapter.notifications.sms.TwilioSmsSender;
import com.laca.adapter.notifications.template.MustacheMessageRenderer;
import com.laca.adapter.notifications.unsubscribe.HmacUnsubscribeLinks;
import com.laca.adapter.persistence.notification.JpaAppointmentDirectory;
import com.laca.adapter.persistence.notification.JpaContactDirectory;
import com.laca.adapter.persistence.notification.JpaMessageTemplateRepository;
import com.laca.adapter.persistence.notification.JpaSmsOptOutRepository;
import com.laca.adapter.persistence.notification.JpaNotificationSettingsRepository;
import com.laca.adapter.persistence.notification.JpaOutboxRepository;
import com.laca.adapter.persistence.records.JpaClientProfileRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.application.notification.port.in.DispatchNotificationsUseCase;
import com.laca.application.notification.port.in.EnqueueNotificationUseCase;
import com.laca.application.notification.port.in.ManageOutboxUseCase;
import com.laca.application.notification.port.in.HandleSmsCallbackUseCase;
import com.laca.application.notification.port.in.ManageNotificationSettingsUseCase;
import com.laca.application.notification.port.in.ManageTemplatesUseCase;
import com.laca.application.notification.port.in.ReadOutboxDepthUseCase;
import com.laca.application.notification.port.in.UnsubscribeUseCase;
import com.laca.application.notification.port.out.MailSender;
import com.laca.application.notification.port.out.SentMailArchive;
import com.laca.application.notification.port.out.SmsCallbackVerifier;
import com.laca.application.notification.port.out.SmsSender;
import com.laca.application.notification.service.DispatchNotificationsService;
import com.laca.application.notification.service.DispatcherSettings;
import com.laca.application.notification.service.EnqueueNotificationService;
import com.laca.application.notification.service.ManageOutboxService;
import com.laca.application.notification.service.HandleSmsCallbackService;
import com.laca.application.notification.service.ManageNotificationSettingsService;
import com.laca.application.notification.service.ManageTemplatesService;
import com.laca.application.notification.service.OutboxDepthService;
import com.laca.application.notification.service.UnsubscribeService;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.notification.FactValue;
import com.laca.domain.notification.MessageKindCatalogue;
import com.laca.domain.notification.RetryPolicy;
import com.laca.domain.shared.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notification area: the outbox over the database, the enqueue service other areas call inside their own
 * transactions, and the dispatcher's channels chosen from configuration: SMTP when {@code laca.smtp.host} is set, else
 * the outbox viewer that keeps e-mails for staff to read; Twilio when {@code laca.twilio.account-sid} is set, else SMS
 * recorded in the log without personal data; the unsubscribe links in client e-mails signed with a key of the
 * installation.
 */
@ApplicationScoped
public class NotificationWiring {

    private static final Logger LOG = Logger.getLogger(NotificationWiring.class.getName());

    private EnqueueNotificationService enqueue;
    private DispatchNotificationsService dispatcher;
    private ManageOutboxService manage;
    private ManageTemplatesService manageTemplates;
    private HandleSmsCallbackService smsCallbacks;
    private ManageNotificationSettingsService manageSettings;
    private UnsubscribeService unsubscribe;
    private OutboxDepthService depth;

    NotificationWiring() {
        // for the CDI proxy
    }

    @Inject
    NotificationWiring(CurrentEntityManager current, JpaPersistence persistence, TransactionRunner tx, Config config,
                       Clock clock,
                       @ConfigProperty(name = "laca.public.base-url") String publicBaseUrl,
                       @ConfigProperty(name = "laca.notifications.from") String viewerFrom,
                       @ConfigProperty(name = "laca.notifications.viewer-capacity") int viewerCapacity,
                       @ConfigProperty(name = "laca.notifications.dispatcher.lease-seconds") int leaseSeconds,
                       @ConfigProperty(name = "laca.notifications.dispatcher.batch-size") int batchSize,
                       @ConfigProperty(name = "laca.notifications.max-attempts") int maxAttempts) {
        new FactValue.Link(URI.create(publicBaseUrl));
        MessageKindCatalogue catalogue = MessageKindCatalogue.standard();
        JpaOutboxRepository outbox = new JpaOutboxRepository(persistence, current, catalogue);
        JpaNotificationSettingsRepository settings = new JpaNotificationSettingsRepository(persistence, current);
        JpaMessageTemplateRepository templates = new JpaMessageTemplateRepository(current);
        MustacheMessageRenderer renderer = new MustacheMessageRenderer();
        JpaContactDirectory contacts = new JpaContactDirectory(current);
        HmacUnsubscribeLinks unsubscribeLinks = new HmacUnsubscribeLinks(unsubscribeSecret(config),
                URI.create(publicBaseUrl));
        enqueue = new EnqueueNotificationService(outbox, contacts, settings, catalogue, clock, unsubscribeLinks);
        unsubscribe = new UnsubscribeService(tx, unsubscribeLinks, contacts, new ClientRecordMarketingOptOuts(new JpaClientProfileRepository(current, clock), clock),
                settings);

        Optional<SmtpConfig> smtp = SmtpConfig.from(config);
        MailSender mail;
        SentMailArchive archive;
        EmailAddress from;
        if (smtp.isPresent()) {
            mail = new SmtpMailSender(smtp.get(), clock);
            archive = SentMailArchive.NONE;
            from = smtp.get().from().address();
            LOG.info(() -> "e-mail goes through SMTP: " + smtp.get());
        } else {
            OutboxViewerMailSender viewer = new OutboxViewerMailSender(viewerCapacity);
            mail = viewer;
            archive = viewer;
            from = new EmailAddress(viewerFrom);
            LOG.info("no SMTP server configured (laca.smtp.host): e-mails are kept for the outbox viewer, "
                    + "GET /api/notifications/outbox");
        }
        Optional<TwilioConfig> twilio = TwilioConfig.from(config);
        SmsSender sms = twilio.<SmsSender>map(account -> new TwilioSmsSender(account, clock))
                .orElseGet(LogOnlySmsSender::new);
        smsCallbacks = new HandleSmsCallbackService(tx, twilio.<SmsCallbackVerifier>map(account ->
                new TwilioCallbackVerifier(account.authToken())), new JpaSmsOptOutRepository(current), clock);
        RetryPolicy standard = RetryPolicy.standard();
        RetryPolicy retry = new RetryPolicy(maxAttempts, standard.firstDelay(), standard.maxDelay(),
                standard.jitter());
        dispatcher = new DispatchNotificationsService(tx, outbox, settings, renderer, mail, sms,
                new DispatcherSettings(dispatcherName(), Duration.ofSeconds(leaseSeconds), batchSize, retry, from),
                clock, new SecureRandom(), new JpaAppointmentDirectory(current), templates,
                new JpaSmsOptOutRepository(current));
        manage = new ManageOutboxService(tx, outbox, archive, clock);
        depth = new OutboxDepthService(tx, outbox, clock);
        manageTemplates = new ManageTemplatesService(tx, templates, settings, renderer, catalogue);
        manageSettings = new ManageNotificationSettingsService(tx, settings, outbox, clock);
    }

    @Produces
    EnqueueNotificationUseCase enqueueNotification() {
        return enqueue;
    }

    @Produces
    DispatchNotificationsUseCase dispatchNotifications() {
        return dispatcher;
    }

    @Produces
    ManageOutboxUseCase manageOutbox() {
        return manage;
    }

    @Produces
    ManageTemplatesUseCase manageTemplates() {
        return manageTemplates;
    }

    @Produces
    ManageNotificationSettingsUseCase manageNotificationSettings() {
        return manageSettings;
    }

    @Produces
    ReadOutboxDepthUseCase outboxDepth() {
        return depth;
    }

    @Produces
    UnsubscribeUseCase unsubscribe() {
        return unsubscribe;
    }

    @Produces
    HandleSmsCallbackUseCase handleSmsCallback() {
        return smsCallbacks;
    }

    /**
     * The key of the unsubscribe links: {@code laca.notifications.unsubscribe-secret} (Base64, at least 32 bytes), or
     * one generated into the data directory on first start, so links survive restarts and a rotated signing key.
     */
    private static byte[] unsubscribeSecret(Config config) {
        return Base64.getDecoder().decode(config.getValue("laca.notifications.unsubscribe-secret", String.class)
                .strip());
    }

    /** Unique per server instance, so leases name who holds a message. */
    private static String dispatcherName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "server";
        }
        String name = host + "-" + UUID.randomUUID();
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
