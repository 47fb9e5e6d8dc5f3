package com.laca.application.notification.service;

import com.laca.domain.booking.CancellationReason;

import com.laca.application.booking.port.in.StaffCancellation;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.inmemory.notification.InMemoryMailSender;
import com.laca.adapter.inmemory.notification.InMemorySmsSender;
import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.application.booking.port.in.AppointmentAction;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.out.PreVisitLinks;
import com.laca.application.booking.service.BookAppointmentService;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.booking.service.BookingNotifications;
import com.laca.application.notification.port.out.MessageRenderer;
import com.laca.application.notification.port.out.Preview;
import com.laca.application.notification.port.out.RenderRequest;
import com.laca.application.notification.port.out.RenderedMessage;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.identity.Role;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.MessageKindCatalogue;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.OutboxState;
import com.laca.domain.notification.RetryPolicy;
import com.laca.domain.notification.Topic;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.shared.EmailAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher asks again, just before sending a reminder, whether its appointment still goes ahead at the time it
 * was planned for: the services here that cancel or move the appointment deliberately tell nobody (the fixture's own
 * services run without notifications), as a path that forgot to withdraw the reminders would.
 */
@DisplayName("Reminders are checked against the appointment just before they go")
class ReminderRecheckTest {

    private final InMemoryPersistencePorts store = new InMemoryPersistencePorts();
    private final BookingFixture clinic = new BookingFixture(store, new InMemoryPaymentGateway());
    private final EnqueueNotificationService enqueue = new EnqueueNotificationService(store.outbox(),
            store.contacts(), store.notificationSettings(), MessageKindCatalogue.standard(), clinic.clock);
    private final BookAppointmentService booking = new BookAppointmentService(clinic.bookingPorts,
            new BookingDeposits(store.tx(), new InMemoryPaymentGateway(), store.connectedAccounts(),
                    store.paymentIntents(), store.paymentLedgers(), clinic.clock),
            new AvailabilityEngine(), clinic.clock, BookingLimits.DEFAULT, store.bookingLimitLock(),
            new BookingNotifications(enqueue, clinic.bookingPorts, URI.create("http://localhost"),
                    PreVisitLinks.NONE));
    private final InMemoryMailSender mailbox = new InMemoryMailSender();

    @Test
    @DisplayName("An appointment left alone gets its reminders")
    void untouchedIsReminded() {
        BookingResult.Booked booked = book();

        dispatchEverythingDue();

        assertThat(remindersSent()).isNotEmpty();
        assertThat(reminders(booked)).allMatch(m -> m.state() == OutboxState.SENT);
    }

    @Test
    @DisplayName("An appointment cancelled since its reminders were planned gets none, and they are withdrawn")
    void cancelledIsNotReminded() {
        BookingResult.Booked booked = book();
        clinic.calendar.cancel(clinic.caller(Role.OWNER), booked.appointment().id(), new StaffCancellation(CancellationReason.CLIENT_REQUEST, java.util.Optional.empty()));
        assertThat(reminders(booked)).anyMatch(m -> m.state() == OutboxState.PENDING);

        dispatchEverythingDue();

        assertThat(remindersSent()).isEmpty();
        assertThat(reminders(booked)).isNotEmpty().allMatch(m -> m.state() == OutboxState.CANCELLED);
        assertThat(reminders(booked)).allMatch(m -> m.delivery().lastError().orElse("").contains("no longer"));
    }

    @Test
    @DisplayName("An appointment moved since its reminders were planned gets none for the old time")
    void movedIsNotRemindedOfTheOldTime() {
        BookingResult.Booked booked = book();
        BookingResult moved = clinic.booking.reschedule(clinic.tenant, booked.manageToken(),
                BookingFixture.WEDNESDAY_10AM.plus(Duration.ofHours(2)), Optional.empty());
        assertThat(moved).isInstanceOf(BookingResult.Booked.class);

        dispatchEverythingDue();

        assertThat(remindersSent()).isEmpty();
        assertThat(reminders(booked)).isNotEmpty().allMatch(m -> m.state() == OutboxState.CANCELLED);
        assertThat(reminders(booked)).allMatch(m -> m.delivery().lastError().orElse("").contains("moved"));
    }

    private BookingResult.Booked book() {
        BookingResult result = booking.book(clinic.command(clinic.consultation, BookingFixture.WEDNESDAY_10AM,
                Optional.of(clinic.ana.id()), "emma@example.com"));
        assertThat(result).isInstanceOf(BookingResult.Booked.class);
        return (BookingResult.Booked) result;
    }

    /** Runs the dispatcher at the appointment's day, when every reminder planned for it is due. */
    private void dispatchEverythingDue() {
        clinic.clock.advance(Duration.between(clinic.clock.instant(), BookingFixture.WEDNESDAY_10AM)
                .minus(Duration.ofMinutes(30)));
        DispatchNotificationsService dispatcher = new DispatchNotificationsService(store.tx(), store.outbox(),
                store.notificationSettings(), new KindRenderer(), mailbox, new InMemorySmsSender(),
                new DispatcherSettings("one", Duration.ofMinutes(2), 100, RetryPolicy.standard(),
                        new EmailAddress("bookings@laca.example")), clinic.clock, new Random(7),
                store.appointmentDirectory(), store.messageTemplates(), store.smsOptOuts());
        while (dispatcher.dispatchDue() > 0) {
            // until nothing due is left
        }
    }

    private List<String> remindersSent() {
        return mailbox.sent().stream().map(m -> m.subject())
                .filter(subject -> subject.equals(MessageKind.APPOINTMENT_REMINDER.code())).toList();
    }

    private List<OutboxMessage> reminders(BookingResult.Booked booked) {
        return store.tx().inTenant(clinic.tenant, () -> store.outbox().findByTopic(
                        Topic.appointment(booked.appointment().id()))).stream()
                .filter(m -> m.envelope().kind().equals(MessageKind.APPOINTMENT_REMINDER))
                .filter(m -> m.envelope().recipient().channel() == Channel.EMAIL).toList();
    }

    /** Renders only the kind, as the subject, which is all these checks read. */
    private static final class KindRenderer implements MessageRenderer {

        @Override
        public RenderedMessage render(RenderRequest request) {
            return request.channel() == Channel.EMAIL
                    ? new RenderedMessage.Email(request.kind().code(), "text", "<p>html</p>")
                    : new RenderedMessage.Sms(request.kind().code());
        }

        @Override
        public Preview preview(RenderRequest request) {
            return new Preview(Optional.of(render(request)), List.of());
        }
    }
}
