package com.laca.adapter.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.laca.adapter.inmemory.InMemoryPersistence;
import com.laca.adapter.inmemory.notification.InMemorySmsSender;
import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.adapter.notifications.template.MustacheMessageRenderer;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.out.PreVisitLinks;
import com.laca.application.booking.service.BookAppointmentService;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.booking.service.BookingNotifications;
import com.laca.application.notification.port.out.MailSenderContract;
import com.laca.application.notification.service.DispatchNotificationsService;
import com.laca.application.notification.service.DispatcherSettings;
import com.laca.application.notification.service.EnqueueNotificationService;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.shared.PersistencePorts;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.notification.MessageKindCatalogue;
import com.laca.domain.notification.RetryPolicy;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.shared.EmailAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The outbox end to end against a real in-process SMTP server (GreenMail): booking through the booking service,
 * rendering with the shipped Mustache templates, sending with Jakarta Mail. The issue-12 evidence for exactly once.
 */
@DisplayName("Booking to the mailbox through the outbox, against GreenMail")
class GreenMailDispatchTest {

    private static final URI BASE = URI.create("http://localhost:8080");
    private static final String CLIENT = "emma@example.com";

    /** Every in-memory port of one store, as the booking fixture needs them. */
    private static final class Store extends InMemoryPersistence implements PersistencePorts {
    }

    private final Store store = new Store();
    private final BookingFixture clinic = new BookingFixture(store, new InMemoryPaymentGateway());
    private final BookAppointmentService booking = new BookAppointmentService(clinic.bookingPorts,
            new BookingDeposits(store.tx(), new InMemoryPaymentGateway(), store.connectedAccounts(),
                    store.paymentIntents(), store.paymentLedgers(), clinic.clock),
            new AvailabilityEngine(), clinic.clock, BookingLimits.DEFAULT, store.bookingLimitLock(),
            new BookingNotifications(new EnqueueNotificationService(store.outbox(), store.contacts(),
                    store.notificationSettings(), MessageKindCatalogue.standard(), clinic.clock),
                    clinic.bookingPorts, BASE, PreVisitLinks.NONE));
    private GreenMail greenMail;

    @AfterEach
    void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Test
    @DisplayName("a booking gives exactly one confirmation e-mail, whose manage link opens the booking")
    void oneConfirmation() {
        int port = startGreenMail(0);
        BookingResult.Booked booked = book();

        dispatcher("one", port).dispatchDue();
        dispatcher("two", port).dispatchDue();

        List<MimeMessage> confirmations = confirmations();
        assertThat(confirmations).hasSize(1);
        MailSenderContract.Received mail = SmtpMailSenderTest.received(greenMail).get(0);
        String link = BASE + "/api/public/" + slug() + "/bookings/" + booked.manageToken();
        assertThat(mail.text()).contains(link);
        assertThat(mail.html()).contains(link);
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(clinic.booking.view(clinic.tenant, token).id()).isEqualTo(booked.appointment().id());
    }

    @Test
    @DisplayName("a booking whose transaction rolls back sends nothing")
    void rolledBackSendsNothing() {
        int port = startGreenMail(0);
        assertThatThrownBy(() -> store.tx().inTenant(clinic.tenant, () -> {
            book();
            throw new IllegalStateException("the request failed after booking");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(dispatcher("one", port).dispatchDue()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    @DisplayName("with the mail server down for three attempts, the confirmation is delivered once when it is up")
    void serverDownThenUp() throws IOException {
        int port = freePort();
        book();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(dispatcher("one", port).dispatchDue()).isPositive();
            clinic.clock.advance(Duration.ofMinutes(5));
        }
        startGreenMail(port);
        for (int round = 0; round < 3; round++) {
            dispatcher("one", port).dispatchDue();
            clinic.clock.advance(Duration.ofMinutes(10));
        }
        assertThat(confirmations()).hasSize(1);
    }

    @Test
    @DisplayName("a dispatcher that dies holding the message: another delivers it after the lease, once")
    void leaseExpiry() {
        int port = startGreenMail(0);
        book();
        store.tx().asPlatform(() -> store.outbox().claimDue("crashed", clinic.clock.instant(), Duration.ofMinutes(2),
                100));
        assertThat(dispatcher("two", port).dispatchDue()).isZero();

        clinic.clock.advance(Duration.ofMinutes(2));
        dispatcher("two", port).dispatchDue();
        dispatcher("crashed", port).dispatchDue();

        assertThat(confirmations()).hasSize(1);
    }

    private BookingResult.Booked book() {
        BookingResult result = booking.book(clinic.command(clinic.consultation, BookingFixture.WEDNESDAY_10AM,
                Optional.of(clinic.ana.id()), CLIENT));
        assertThat(result).isInstanceOf(BookingResult.Booked.class);
        return (BookingResult.Booked) result;
    }

    private List<MimeMessage> confirmations() {
        return List.of(greenMail.getReceivedMessages()).stream().filter(m -> {
            try {
                return m.getSubject().contains("confirmed");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    private String slug() {
        return store.tx().asPlatform(() -> store.tenants().findById(clinic.tenant).orElseThrow().slug().toString());
    }

    private int startGreenMail(int port) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail.getSmtp().getPort();
    }

    private DispatchNotificationsService dispatcher(String owner, int port) {
        return new DispatchNotificationsService(store.tx(), store.outbox(), store.notificationSettings(),
                new MustacheMessageRenderer(), new SmtpMailSender(SmtpMailSenderTest.plain(port), clinic.clock),
                new InMemorySmsSender(), new DispatcherSettings(owner, Duration.ofMinutes(2), 100,
                RetryPolicy.standard(), new EmailAddress("bookings@laca.test")), clinic.clock, new Random(3));
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
