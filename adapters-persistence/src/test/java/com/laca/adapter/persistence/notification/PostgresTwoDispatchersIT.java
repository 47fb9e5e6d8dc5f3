package com.laca.adapter.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import com.laca.application.notification.port.out.DeliveryReceipt;
import com.laca.application.notification.port.out.MailSender;
import com.laca.application.notification.port.out.MessageRenderer;
import com.laca.application.notification.port.out.Preview;
import com.laca.application.notification.port.out.RenderRequest;
import com.laca.application.notification.port.out.RenderedMessage;
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
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two dispatchers, each on its own persistence unit and connection pool as two servers would be, drain 500 queued
 * messages from one PostgreSQL database at the same time: every message is sent exactly once ({@code SKIP LOCKED}
 * hands them disjoint rows). Skipped when {@code LACA_TEST_DB_URL} is unset.
 */
class PostgresTwoDispatchersIT {

    private static final int MESSAGES = 500;
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    private static PostgresTestDatabase database;
    private static JpaPersistencePorts serverOne;
    private static JpaPersistencePorts serverTwo;

    @BeforeAll
    static void migrate() {
        database = PostgresTestDatabase.createOrSkip();
        new FlywayMigrator().migrate(database.ownerDataSource(), PostgresTestDatabase.APP_ROLE);
        serverOne = new JpaPersistencePorts(database.appDataSource());
        serverTwo = new JpaPersistencePorts(database.appDataSource());
    }

    @AfterAll
    static void close() {
        for (JpaPersistencePorts server : new JpaPersistencePorts[] {serverOne, serverTwo}) {
            if (server != null) {
                server.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @DisplayName("two dispatchers on one PostgreSQL database send each of 500 messages exactly once")
    void eachOnce() throws Exception {
        Tenant clinic = new Tenant(TenantId.random(), new TenantSlug("t-" + UUID.randomUUID()), "Two Servers Clinic",
                ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
        serverOne.tx().asPlatform(() -> {
            serverOne.tenants().insert(clinic);
            return null;
        });
        List<NotificationId> queued = new ArrayList<>();
        serverOne.tx().inTenant(clinic.id(), () -> {
            for (int i = 0; i < MESSAGES; i++) {
                OutboxMessage message = invitation(clinic.id(), i);
                serverOne.outbox().insert(message);
                queued.add(message.id());
            }
            return null;
        });
        Map<NotificationId, AtomicInteger> sends = new ConcurrentHashMap<>();
        MailSender recording = message -> {
            sends.computeIfAbsent(message.id(), id -> new AtomicInteger()).incrementAndGet();
            return new DeliveryReceipt("<" + message.id() + "@test>");
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> rounds = pool.invokeAll(List.of(drain(serverOne, "one", recording),
                    drain(serverTwo, "two", recording)));
            int claimed = 0;
            for (Future<Integer> round : rounds) {
                claimed += round.get();
            }
            assertThat(claimed).isEqualTo(MESSAGES);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sends.keySet()).containsExactlyInAnyOrderElementsOf(queued);
        assertThat(sends.values()).allMatch(count -> count.get() == 1);
    }

    private static Callable<Integer> drain(JpaPersistencePorts server, String name, MailSender mail) {
        return () -> {
            DispatchNotificationsService dispatcher = new DispatchNotificationsService(server.tx(), server.outbox(),
                    server.notificationSettings(),
                    new PlainRenderer(), mail, message -> {
                        throw new AssertionError("no SMS here");
                    }, new DispatcherSettings(name, Duration.ofMinutes(5), 20, RetryPolicy.standard(),
                    new EmailAddress("bookings@laca.test")), Clock.fixed(NOW, ZoneId.of("UTC")), new Random(1));
            int total = 0;
            for (int claimed = dispatcher.dispatchDue(); claimed > 0; claimed = dispatcher.dispatchDue()) {
                total += claimed;
            }
            return total;
        };
    }

    private static OutboxMessage invitation(TenantId tenant, int i) {
        MessageFacts facts = MessageFacts.builder()
                .text(Facts.STAFF_NAME, "Staff " + i)
                .link(Facts.INVITATION_LINK, URI.create("https://app.example/invite/" + i))
                .moment(Facts.LINK_EXPIRES_AT, NOW.plus(Duration.ofDays(3)), ZoneId.of("Europe/London"))
                .build();
        return OutboxMessage.enqueue(new Envelope(NotificationId.random(), tenant, MessageKind.STAFF_INVITATION,
                Recipient.email(new EmailAddress("staff" + i + "@clinic.example")), Optional.empty(), Locale.UK,
                facts, NOW.minusSeconds(1)), Duration.ZERO);
    }

    /** A minimal renderer: the kind as subject, the facts as text. */
    private static final class PlainRenderer implements MessageRenderer {

        @Override
        public RenderedMessage render(RenderRequest request) {
            String body = request.facts().asMap().keySet().toString();
            return new RenderedMessage.Email(request.kind().code(), body, "<p>" + body + "</p>");
        }

        @Override
        public Preview preview(RenderRequest request) {
            return new Preview(Optional.of(render(request)), List.of());
        }
    }
}
