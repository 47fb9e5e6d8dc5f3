package com.laca.adapter.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.inmemory.InMemoryPersistence;
import com.laca.adapter.inmemory.notification.InMemoryMailSender;
import com.laca.adapter.inmemory.notification.InMemorySmsSender;
import com.laca.adapter.notifications.template.MustacheMessageRenderer;
import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.out.PreVisitLinks;
import com.laca.application.booking.service.BookAppointmentService;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.booking.service.BookingNotifications;
import com.laca.application.notification.port.in.HandleSmsCallbackUseCase.SmsCallbackOutcome;
import com.laca.application.notification.service.DispatchNotificationsService;
import com.laca.application.notification.service.DispatcherSettings;
import com.laca.application.notification.service.EnqueueNotificationService;
import com.laca.application.notification.service.HandleSmsCallbackService;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.shared.PersistencePorts;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.OutboxState;
import com.laca.domain.notification.RetryPolicy;
import com.laca.domain.notification.Topic;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A client replies STOP to a clinic's text: Twilio's signed inbound callback puts the number on the platform's STOP
 * list, and from then on no clinic queues an SMS to it (e-mail still goes); START brings texts back; a forged STOP
 * changes nothing.
 */
@DisplayName("STOP and START from Twilio's inbound callbacks")
class SmsStopFlowTest {

    private static final String TOKEN = "twilio-auth-token";
    private static final URI INBOUND = URI.create("https://book.example/api/webhooks/twilio/inbound");
    /** The fixture's client mobile, 07700 900123, in international form. */
    private static final String MOBILE = "+447700900123";

    /** Every in-memory port of one store, as the booking fixture needs them. */
    private static final class Store extends InMemoryPersistence implements PersistencePorts {
    }

    private final Store store = new Store();
    private final BookingFixture clinic = new BookingFixture(store, new InMemoryPaymentGateway());
    private final HandleSmsCallbackService callbacks = new HandleSmsCallbackService(store.tx(),
            Optional.of(new TwilioCallbackVerifier(TOKEN)), store.smsOptOuts(), clinic.clock);
    private final BookAppointmentService booking = new BookAppointmentService(clinic.bookingPorts,
            new BookingDeposits(store.tx(), new InMemoryPaymentGateway(), store.connectedAccounts(),
                    store.paymentIntents(), store.paymentLedgers(), clinic.clock),
            new AvailabilityEngine(), clinic.clock, BookingLimits.DEFAULT, store.bookingLimitLock(),
            new BookingNotifications(new EnqueueNotificationService(store.outbox(), store.contacts(),
                    store.notificationSettings(), com.laca.domain.notification.MessageKindCatalogue.standard(),
                    clinic.clock), clinic.bookingPorts, URI.create("http://localhost"), PreVisitLinks.NONE));

    @Test
    @DisplayName("Before any STOP a booking queues its confirmation by e-mail and by SMS")
    void textsByDefault() {
        assertThat(confirmationChannels(book(0))).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
    }

    @Test
    @DisplayName("After a signed STOP no SMS is queued for that number; e-mail still goes")
    void stopEndsTexts() {
        assertThat(reply("STOP", true)).isEqualTo(SmsCallbackOutcome.OPTED_OUT);
        assertThat(store.smsOptOuts().isOptedOut(new PhoneNumber(MOBILE))).isTrue();

        assertThat(confirmationChannels(book(0))).containsExactly(Channel.EMAIL);
    }

    @Test
    @DisplayName("START after STOP brings service texts back")
    void startBringsTextsBack() {
        reply("STOP", true);

        assertThat(reply("START", true)).isEqualTo(SmsCallbackOutcome.OPTED_IN);

        assertThat(confirmationChannels(book(0))).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
    }

    @Test
    @DisplayName("A STOP without Twilio's signature is rejected and changes nothing")
    void forgedStopIsRejected() {
        assertThat(reply("STOP", false)).isEqualTo(SmsCallbackOutcome.REJECTED);

        assertThat(store.smsOptOuts().isOptedOut(new PhoneNumber(MOBILE))).isFalse();
        assertThat(confirmationChannels(book(0))).contains(Channel.SMS);
    }

    @Test
    @DisplayName("A text queued before the STOP is withdrawn when its turn comes, never sent; the e-mail still goes")
    void stopAfterQueueingWithdrawsTheText() {
        BookingResult.Booked booked = book(0);
        assertThat(confirmationChannels(booked)).contains(Channel.SMS);

        assertThat(reply("STOP", true)).isEqualTo(SmsCallbackOutcome.OPTED_OUT);
        InMemoryMailSender mailbox = new InMemoryMailSender();
        InMemorySmsSender phone = new InMemorySmsSender();
        new DispatchNotificationsService(store.tx(), store.outbox(), store.notificationSettings(),
                new MustacheMessageRenderer(), mailbox, phone, new DispatcherSettings("one", Duration.ofMinutes(2),
                100, RetryPolicy.standard(), new EmailAddress("bookings@laca.example")), clinic.clock,
                new Random(7), store.appointmentDirectory(), store.messageTemplates(), store.smsOptOuts())
                .dispatchDue();

        assertThat(phone.sent()).isEmpty();
        assertThat(mailbox.sent()).hasSize(1);
        List<OutboxMessage> texts = store.tx().inTenant(clinic.tenant, () -> store.outbox().findByTopic(
                Topic.appointment(booked.appointment().id()))).stream()
                .filter(m -> m.envelope().kind().equals(MessageKind.BOOKING_CONFIRMED))
                .filter(m -> m.envelope().recipient().channel() == Channel.SMS).toList();
        assertThat(texts).singleElement().satisfies(text -> {
            assertThat(text.state()).isEqualTo(OutboxState.CANCELLED);
            assertThat(text.delivery().lastError()).hasValueSatisfying(error -> assertThat(error).contains("STOP"));
        });
    }

    @Test
    @DisplayName("Without Twilio configured no callback is believed")
    void notConfigured() {
        HandleSmsCallbackService none = new HandleSmsCallbackService(store.tx(), Optional.empty(),
                store.smsOptOuts(), clinic.clock);

        assertThat(none.handle(INBOUND, Map.of("From", List.of(MOBILE), "Body", List.of("STOP")), Optional.empty()))
                .isEqualTo(SmsCallbackOutcome.NOT_CONFIGURED);
        assertThat(store.smsOptOuts().isOptedOut(new PhoneNumber(MOBILE))).isFalse();
    }

    private SmsCallbackOutcome reply(String body, boolean signed) {
        Map<String, List<String>> form = new TreeMap<>(Map.of("MessageSid", List.of("SM1"), "From", List.of(MOBILE),
                "To", List.of("+447700900999"), "Body", List.of(body)));
        Optional<String> signature = signed ? Optional.of(new TwilioSignature(TOKEN).sign(INBOUND.toString(), form))
                : Optional.of("forged");
        return callbacks.handle(INBOUND, form, signature);
    }

    private BookingResult.Booked book(int hoursLater) {
        BookingResult result = booking.book(clinic.command(clinic.consultation,
                BookingFixture.WEDNESDAY_10AM.plus(Duration.ofHours(hoursLater)), Optional.of(clinic.ana.id()),
                "cara@example.com"));
        assertThat(result).isInstanceOf(BookingResult.Booked.class);
        return (BookingResult.Booked) result;
    }

    private List<Channel> confirmationChannels(BookingResult.Booked booked) {
        return store.tx().inTenant(clinic.tenant, () -> store.outbox().findByTopic(
                        Topic.appointment(booked.appointment().id()))).stream()
                .filter(m -> m.envelope().kind().equals(MessageKind.BOOKING_CONFIRMED))
                .map(OutboxMessage::envelope).map(e -> e.recipient().channel()).toList();
    }
}
