package com.laca.benchmarks;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.laca.adapter.inmemory.InMemoryPersistence;
import com.laca.adapter.inmemory.notification.InMemorySmsSender;
import com.laca.adapter.notifications.mail.SmtpConfig;
import com.laca.adapter.notifications.mail.SmtpMailSender;
import com.laca.adapter.notifications.template.MustacheMessageRenderer;
import com.laca.application.notification.port.out.Mailbox;
import com.laca.application.notification.service.DispatchNotificationsService;
import com.laca.application.notification.service.DispatcherSettings;
import com.laca.domain.notification.Envelope;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.Recipient;
import com.laca.domain.notification.RetryPolicy;
import com.laca.domain.notification.Topic;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dispatch throughput against a real SMTP server in the same JVM (GreenMail): N booking confirmations queued in the
 * in-memory outbox, then sent by 1 and by 2 dispatchers (threads, as two server instances would), each rendering
 * with the shipped templates, checking the content rule and talking SMTP over loopback; prints messages per second
 * and checks every message arrived exactly once (by Message-ID). Not JMH: one timed run of a fixed amount of work.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar com.laca.benchmarks.DispatchThroughput [messages]}
 */
public final class DispatchThroughput {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private DispatchThroughput() {
    }

    /** Warms up with 200 messages per configuration, then times 1, 2, 1 and 2 dispatchers over the given number. */
    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        run(200, 1);
        run(200, 2);
        for (int dispatchers : new int[] {1, 2, 1, 2}) {
            double perSecond = run(messages, dispatchers);
            System.out.printf(Locale.ROOT, "dispatchers=%d messages=%d throughput=%.1f messages/s%n", dispatchers,
                    messages, perSecond);
        }
    }

    /** Sends {@code messages} queued confirmations with {@code dispatchers} threads; messages per second. */
    private static double run(int messages, int dispatchers) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            InMemoryPersistence store = new InMemoryPersistence();
            TenantId tenant = TenantId.random();
            Clock clock = Clock.systemUTC();
            store.tx().inTenant(tenant, () -> {
                for (int i = 0; i < messages; i++) {
                    store.outbox().insert(OutboxMessage.enqueue(new Envelope(NotificationId.random(), tenant,
                            MessageKind.BOOKING_CONFIRMED, Recipient.email(new EmailAddress("client" + i
                            + "@example.com")), Optional.of(Topic.appointment(AppointmentId.random())), Locale.UK,
                            facts(clock.instant()), clock.instant()), Duration.ZERO));
                }
                return null;
            });
            SmtpConfig config = new SmtpConfig("127.0.0.1", smtp.getSmtp().getPort(), SmtpConfig.Security.NONE,
                    Optional.empty(), Optional.empty(), new Mailbox("LACA", new EmailAddress("bookings@laca.test")),
                    "laca.test", Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(10));
            AtomicInteger sent = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            long started = System.nanoTime();
            for (int d = 0; d < dispatchers; d++) {
                DispatchNotificationsService dispatcher = new DispatchNotificationsService(store.tx(),
                        store.outbox(), store.notificationSettings(), new MustacheMessageRenderer(),
                        new SmtpMailSender(config, clock), new InMemorySmsSender(), new DispatcherSettings(
                        "dispatcher-" + d, Duration.ofMinutes(2), 50, RetryPolicy.standard(),
                        new EmailAddress("bookings@laca.test")), clock, new SecureRandom());
                Thread thread = new Thread(() -> {
                    int claimed;
                    while ((claimed = dispatcher.dispatchDue()) > 0) {
                        sent.addAndGet(claimed);
                    }
                }, "dispatcher-" + d);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            check(smtp, messages);
            return messages / seconds;
        } finally {
            smtp.stop();
        }
    }

    /** Every message arrived, none twice. */
    private static void check(GreenMail smtp, int messages) throws MessagingException {
        MimeMessage[] received = smtp.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : received) {
            ids.add(message.getMessageID());
        }
        if (received.length != messages || ids.size() != messages) {
            throw new IllegalStateException("expected " + messages + " distinct messages, received " + received.length
                    + " with " + ids.size() + " distinct Message-IDs");
        }
    }

    private static MessageFacts facts(Instant now) {
        return MessageFacts.builder()
                .text(Facts.CLIENT_FIRST_NAME, "Emma")
                .moment(Facts.APPOINTMENT_START, now.plus(Duration.ofDays(7)), LONDON)
                .text(Facts.TREATMENT_NAME, "Chemical peel, medium depth")
                .text(Facts.TREATMENT_CATEGORY, "CHEMICAL_PEEL")
                .text(Facts.LOCATION_NAME, "Harley Street")
                .link(Facts.MANAGE_LINK, URI.create("https://book.example/manage/0123456789abcdef"))
                .link(Facts.UNSUBSCRIBE_LINK, URI.create("https://book.example/api/unsubscribe/0123456789abcdef"))
                .build();
    }
}
