package com.laca.adapter.notifications.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistence;
import com.laca.adapter.inmemory.notification.InMemoryMailSender;
import com.laca.adapter.inmemory.notification.InMemorySmsSender;
import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.adapter.notifications.template.MustacheMessageRenderer;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.out.PreVisitLinks;
import com.laca.application.booking.service.BookAppointmentService;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.booking.service.BookingNotifications;
import com.laca.application.notification.port.in.Addressee;
import com.laca.application.notification.port.in.EnqueueNotificationCommand;
import com.laca.application.notification.port.in.UnsubscribeView;
import com.laca.application.notification.port.out.EmailMessage;
import com.laca.application.notification.service.DispatchNotificationsService;
import com.laca.application.notification.service.DispatcherSettings;
import com.laca.application.notification.service.EnqueueNotificationService;
import com.laca.application.notification.service.UnsubscribeService;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.PersistencePorts;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.Initiator;
import com.laca.domain.notification.MarketingConsent;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.MessageKindCatalogue;
import com.laca.domain.notification.RetryPolicy;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.UserId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A client who agreed to a clinic's marketing books, finds the unsubscribe link in the confirmation e-mail (both
 * bodies, rendered with the shipped templates), opens it (nothing changes) and confirms (the consent is gone), all
 * without signing in; the link is read with the tenant it names, and an altered one is not found.
 */
@DisplayName("Unsubscribing from a clinic's marketing by the link in its e-mails")
class UnsubscribeFlowTest {

    private static final URI BASE = URI.create("http://localhost:8080");
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/api/unsubscribe/([A-Za-z0-9_-]+)");

    /** Every in-memory port of one store, as the booking fixture needs them. */
    private static final class Store extends InMemoryPersistence implements PersistencePorts {
    }

    private final Store store = new Store();
    private final BookingFixture clinic = new BookingFixture(store, new InMemoryPaymentGateway());
    private final HmacUnsubscribeLinks links = new HmacUnsubscribeLinks(
            "an installation's unsubscribe key, 32+ bytes".getBytes(StandardCharsets.US_ASCII), BASE);
    private final EnqueueNotificationService enqueue = new EnqueueNotificationService(store.outbox(),
            store.contacts(), store.notificationSettings(), MessageKindCatalogue.standard(), clinic.clock, links);
    private final BookAppointmentService booking = new BookAppointmentService(clinic.bookingPorts,
            new BookingDeposits(store.tx(), new InMemoryPaymentGateway(), store.connectedAccounts(),
                    store.paymentIntents(), store.paymentLedgers(), clinic.clock),
            new AvailabilityEngine(), clinic.clock, BookingLimits.DEFAULT, store.bookingLimitLock(),
            new BookingNotifications(enqueue, clinic.bookingPorts, BASE, PreVisitLinks.NONE));
    private final UnsubscribeService unsubscribe = new UnsubscribeService(store.tx(), links, store.contacts(),
            store.marketingConsents(), store.notificationSettings());
    private final InMemoryMailSender mailbox = new InMemoryMailSender();

    @Test
    @DisplayName("The confirmation carries the link; opening it changes nothing, confirming it withdraws consent")
    void unsubscribeFromTheConfirmation() {
        ClientId client = bookAndConsent();
        dispatch();

        EmailMessage confirmation = mailbox.sent().stream().filter(m -> m.to().equals(
                new EmailAddress("emma@example.com"))).findFirst().orElseThrow();
        String token = token(confirmation.text());
        assertThat(confirmation.html()).contains(BASE + "/api/unsubscribe/" + token);

        UnsubscribeView seen = unsubscribe.view(token);
        assertThat(seen.receivesMarketing()).isTrue();
        assertThat(seen.clinicName()).isEqualTo("Your clinic");
        assertThat(marketing(client).channels()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);

        assertThat(unsubscribe.unsubscribe(token).receivesMarketing()).isFalse();
        assertThat(marketing(client)).isEqualTo(MarketingConsent.none());
        assertThat(unsubscribe.unsubscribe(token).receivesMarketing()).isFalse();
        assertThat(unsubscribe.view(token).receivesMarketing()).isFalse();
    }

    @Test
    @DisplayName("An altered or foreign link is not found and changes nothing")
    void alteredLinkNotFound() {
        ClientId client = bookAndConsent();
        String token = token(links.linkFor(clinic.tenant, client).orElseThrow().toString());
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        HmacUnsubscribeLinks elsewhere = new HmacUnsubscribeLinks(
                "another installation's key, also 32+ bytes".getBytes(StandardCharsets.US_ASCII), BASE);

        assertThatThrownBy(() -> unsubscribe.unsubscribe(altered)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> unsubscribe.unsubscribe(token(elsewhere.linkFor(clinic.tenant, client)
                .orElseThrow().toString()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> unsubscribe.view(token(links.linkFor(clinic.tenant, ClientId.random())
                .orElseThrow().toString()))).isInstanceOf(NotFoundException.class);
        assertThat(marketing(client).channels()).isNotEmpty();
    }

    @Test
    @DisplayName("Every e-mail to the client carries the link; a message to staff carries none")
    void clientEmailsOnly() {
        bookAndConsent();
        store.tx().inTenant(clinic.tenant, () -> enqueue.enqueue(new EnqueueNotificationCommand(clinic.tenant,
                MessageKind.PASSWORD_RESET, new Addressee.Staff(UserId.random(), new EmailAddress("sam@clinic.example")),
                Optional.empty(), Initiator.SYSTEM, MessageFacts.builder().text(Facts.STAFF_NAME, "Sam")
                        .link(Facts.RESET_LINK, URI.create("http://localhost:8080/reset#t"))
                        .moment(Facts.LINK_EXPIRES_AT, BookingFixture.NOW.plus(Duration.ofHours(1)),
                                BookingFixture.LONDON).build())));
        dispatch();

        assertThat(mailbox.sent()).filteredOn(m -> m.to().equals(new EmailAddress("emma@example.com")))
                .isNotEmpty().allSatisfy(m -> assertThat(m.text()).contains("/api/unsubscribe/"));
        assertThat(mailbox.sent()).filteredOn(m -> m.to().equals(new EmailAddress("sam@clinic.example")))
                .singleElement().satisfies(m -> {
                    assertThat(m.text()).doesNotContain("unsubscribe");
                    assertThat(m.html()).doesNotContain("unsubscribe");
                });
    }

    private ClientId bookAndConsent() {
        BookingResult result = booking.book(clinic.command(clinic.consultation, BookingFixture.WEDNESDAY_10AM,
                Optional.of(clinic.ana.id()), "emma@example.com"));
        assertThat(result).isInstanceOf(BookingResult.Booked.class);
        ClientId client = ((BookingResult.Booked) result).appointment().client();
        store.tx().inTenant(clinic.tenant, () -> {
            store.marketingConsents().give(client, BookingFixture.NOW);
            return null;
        });
        return client;
    }

    private void dispatch() {
        new DispatchNotificationsService(store.tx(), store.outbox(), store.notificationSettings(),
                new MustacheMessageRenderer(), mailbox, new InMemorySmsSender(), new DispatcherSettings("one",
                Duration.ofMinutes(2), 100, RetryPolicy.standard(), new EmailAddress("bookings@laca.example")),
                clinic.clock, new Random(7), store.appointmentDirectory(), store.messageTemplates(),
                store.smsOptOuts()).dispatchDue();
    }

    private MarketingConsent marketing(ClientId client) {
        return store.tx().inTenant(clinic.tenant, () -> store.contacts().client(client).orElseThrow().marketing());
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("an unsubscribe link in %s", text).isTrue();
        return link.group(1);
    }
}
