package com.laca.adapter.persistence.booking;

import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.adapter.persistence.notification.JpaContactDirectory;
import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.out.PreVisitLinks;
import com.laca.application.booking.service.BookAppointmentService;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.booking.service.BookingNotifications;
import com.laca.application.notification.port.out.Subscriber;
import com.laca.application.notification.port.out.UnsubscribeLinks;
import com.laca.application.notification.service.EnqueueNotificationService;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.notification.MessageKindCatalogue;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TenantId;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The booking path's cost of the outbox write (issue 12's target: under 10 %), measured at the application boundary on
 * the embedded default's persistence (a file H2 database with {@code WRITE_DELAY=0}, EclipseLink, the real adapters):
 * two clinics in one database, one booking through the real outbox (confirmation by e-mail and SMS, two reminders
 * each), the other with notifications off; rounds alternate between them so machine load falls on both alike. Not a
 * test (no assertion, not run by Surefire); run by hand, see docs/benchmarks.md.
 */
public final class BookingOutboxCost {

    private static final URI BASE = URI.create("http://localhost:8080");
    /** Links as long as the signed ones (64 characters of token), without the HMAC's microseconds. */
    private static final UnsubscribeLinks LINKS = new UnsubscribeLinks() {
        @Override
        public Optional<URI> linkFor(TenantId tenant, ClientId client) {
            return Optional.of(URI.create(BASE + "/api/unsubscribe/" + (tenant.toString() + client).replace("-", "")));
        }

        @Override
        public Optional<Subscriber> read(String token) {
            return Optional.empty();
        }
    };

    private BookingOutboxCost() {
    }

    /** Arguments: rounds (default 5) and bookings per round per clinic (default 200); 100 each to warm up first. */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("laca-outbox-cost");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("laca") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;"
                + "WRITE_DELAY=0");
        new FlywayMigrator().migrate(dataSource, FlywayMigrator.DEFAULT_APP_ROLE);
        JpaPersistencePorts ports = new JpaPersistencePorts(dataSource);
        Clinic withOutbox = new Clinic(ports, true);
        Clinic without = new Clinic(ports, false);
        withOutbox.book(100);
        without.book(100);
        long outboxNanos = 0;
        long plainNanos = 0;
        for (int round = 1; round <= rounds; round++) {
            long outbox = withOutbox.book(perRound);
            long plain = without.book(perRound);
            outboxNanos += outbox;
            plainNanos += plain;
            System.out.printf("round=%d with-outbox=%.0f bookings/s without=%.0f bookings/s cost=%.1f %%%n", round,
                    perSecond(perRound, outbox), perSecond(perRound, plain), 100.0 * (outbox - plain) / plain);
        }
        System.out.printf("total bookings=%d each: with-outbox=%.0f bookings/s (%.2f ms each) without=%.0f bookings/s"
                        + " (%.2f ms each) cost=%.1f %%%n", rounds * perRound,
                perSecond(rounds * perRound, outboxNanos), outboxNanos / 1e6 / (rounds * perRound),
                perSecond(rounds * perRound, plainNanos), plainNanos / 1e6 / (rounds * perRound),
                100.0 * (outboxNanos - plainNanos) / plainNanos);
        ports.close();
    }

    private static double perSecond(int count, long nanos) {
        return count / (nanos / 1e9);
    }

    /** One clinic and its booking service, walking through its free slots in order. */
    private static final class Clinic {

        private final BookingFixture fixture;
        private final BookAppointmentService booking;
        private final List<Instant> slots = new ArrayList<>();
        private int next;

        Clinic(JpaPersistencePorts ports, boolean outbox) {
            fixture = new BookingFixture(ports, new PayAtClinicPaymentGateway(), BookingLimits.NONE);
            BookingNotifications notifications = outbox
                    ? new BookingNotifications(new EnqueueNotificationService(ports.outbox(),
                    new JpaContactDirectory(ports.current()), ports.notificationSettings(),
                    MessageKindCatalogue.standard(), fixture.clock,
                    LINKS), fixture.bookingPorts, BASE, PreVisitLinks.NONE)
                    : BookingNotifications.none(fixture.bookingPorts);
            booking = new BookAppointmentService(fixture.bookingPorts, new BookingDeposits(ports.tx(),
                    new PayAtClinicPaymentGateway(), ports.connectedAccounts(), ports.paymentIntents(),
                    ports.paymentLedgers(), fixture.clock), new AvailabilityEngine(), fixture.clock,
                    BookingLimits.NONE, ports.bookingLimitLock(), notifications);
            Instant day = BookingFixture.NOW.atZone(ZoneOffset.UTC).toLocalDate().plusDays(2)
                    .atTime(8, 0).toInstant(ZoneOffset.UTC);
            for (int d = 0; d < 85; d++, day = day.plus(Duration.ofDays(1))) {
                DayOfWeek weekday = day.atZone(ZoneOffset.UTC).getDayOfWeek();
                if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
                    continue;
                }
                for (Instant start = day; !start.plus(Duration.ofMinutes(45)).isAfter(day.plus(Duration.ofHours(8)));
                     start = start.plus(Duration.ofMinutes(45))) {
                    slots.add(start);
                    slots.add(start);
                }
            }
        }

        /** Books the next {@code count} free slots (each practitioner in turn) and answers the time taken. */
        long book(int count) {
            long began = System.nanoTime();
            for (int i = 0; i < count; i++, next++) {
                Instant start = slots.get(next);
                BookingResult result = booking.book(fixture.command(fixture.consultation, start,
                        Optional.of(next % 2 == 0 ? fixture.ana.id() : fixture.ben.id()),
                        "client-" + next + "@example.com"));
                if (!(result instanceof BookingResult.Booked)) {
                    throw new IllegalStateException("slot " + start + " was not booked: " + result);
                }
            }
            return System.nanoTime() - began;
        }
    }
}
