package com.laca.application.notification.service;

import com.laca.domain.booking.CancellationReason;

import com.laca.application.booking.port.in.StaffCancellation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.application.booking.port.in.AppointmentAction;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.out.PreVisitLinks;
import com.laca.application.booking.service.BookAppointmentService;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.booking.service.BookingNotifications;
import com.laca.application.booking.service.StaffCalendarService;
import com.laca.adapter.inmemory.notification.InMemoryMailSender;
import com.laca.adapter.inmemory.notification.InMemorySmsSender;
import com.laca.application.notification.port.in.NotificationTiming;
import com.laca.application.notification.port.out.MessageRenderer;
import com.laca.application.notification.port.out.Preview;
import com.laca.application.notification.port.out.RenderRequest;
import com.laca.application.notification.port.out.RenderedMessage;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.payment.service.DepositSettlementService;
import com.laca.application.shared.AccessDeniedException;
import com.laca.domain.booking.Appointment;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A clinic's own timing: the undo delay for its staff's changes decides when their news is due, and new reminder
 * times re-plan every reminder still waiting at once (wall clock of the location), or withdraw them all.
 */
@DisplayName("A clinic's send delay and reminder times")
class NotificationTimingTest {

    /** 48 h before the fixture's Wednesday 10:00 (London): Monday 10:00 BST. */
    private static final Instant MONDAY_10AM = Instant.parse("2026-06-01T09:00:00Z");
    /** 24 h before it: Tuesday 10:00 BST. */
    private static final Instant TUESDAY_10AM = Instant.parse("2026-06-02T09:00:00Z");

    private final InMemoryPersistencePorts store = new InMemoryPersistencePorts();
    private final BookingFixture clinic = new BookingFixture(store, new InMemoryPaymentGateway());
    private final EnqueueNotificationService enqueue = new EnqueueNotificationService(store.outbox(),
            store.contacts(), store.notificationSettings(), MessageKindCatalogue.standard(), clinic.clock);
    private final BookingNotifications notifications = new BookingNotifications(enqueue, clinic.bookingPorts,
            URI.create("http://localhost"), PreVisitLinks.NONE);
    private final BookAppointmentService booking = new BookAppointmentService(clinic.bookingPorts,
            new BookingDeposits(store.tx(), new InMemoryPaymentGateway(), store.connectedAccounts(),
                    store.paymentIntents(), store.paymentLedgers(), clinic.clock),
            new AvailabilityEngine(), clinic.clock, BookingLimits.DEFAULT, store.bookingLimitLock(), notifications);
    private final StaffCalendarService calendar = new StaffCalendarService(clinic.bookingPorts,
            new DepositSettlementService(store.tx(), store.paymentLedgers(), store.paymentIntents(),
                    store.connectedAccounts(), new InMemoryPaymentGateway(), clinic.clock),
            clinic.clock, Appointment.CHECK_IN_OPENS_BEFORE, notifications);
    private final ManageNotificationSettingsService settings = new ManageNotificationSettingsService(store.tx(),
            store.notificationSettings(), store.outbox(), clinic.clock);

    @Test
    @DisplayName("Until the clinic chooses: 2 minutes' undo delay, reminders 48 h and 2 h before")
    void standardTiming() {
        assertThat(settings.timing(clinic.caller(Role.OWNER))).isEqualTo(new NotificationTiming(
                Duration.ofMinutes(2), List.of(Duration.ofHours(48), Duration.ofHours(2))));
    }

    @Test
    @DisplayName("The clinic's undo delay decides when news of its staff's change is due; 0 sends at once")
    void clinicDelay() {
        settings.setTiming(clinic.caller(Role.OWNER), new NotificationTiming(Duration.ofMinutes(10),
                List.of(Duration.ofHours(48))));
        BookingResult.Booked first = book(BookingFixture.WEDNESDAY_10AM);
        sendConfirmations();
        calendar.cancel(clinic.caller(Role.OWNER), first.appointment().id(), new StaffCancellation(CancellationReason.CLIENT_REQUEST, java.util.Optional.empty()));
        assertThat(due(first, MessageKind.BOOKING_CANCELLED_BY_CLINIC))
                .allMatch(at -> at.equals(BookingFixture.NOW.plus(Duration.ofMinutes(10)))).isNotEmpty();

        settings.setTiming(clinic.caller(Role.OWNER), new NotificationTiming(Duration.ZERO, List.of()));
        BookingResult.Booked second = book(BookingFixture.WEDNESDAY_10AM.plus(Duration.ofHours(2)));
        sendConfirmations();
        calendar.cancel(clinic.caller(Role.OWNER), second.appointment().id(), new StaffCancellation(CancellationReason.CLIENT_REQUEST, java.util.Optional.empty()));
        assertThat(due(second, MessageKind.BOOKING_CANCELLED_BY_CLINIC))
                .allMatch(at -> at.equals(BookingFixture.NOW)).isNotEmpty();
    }

    @Test
    @DisplayName("New reminder times withdraw the waiting reminders and plan them again, on the location's clock")
    void newTimesReplanWaitingReminders() {
        BookingResult.Booked booked = book(BookingFixture.WEDNESDAY_10AM);
        List<OutboxMessage> before = waitingReminders(booked);
        assertThat(before).extracting(m -> m.delivery().dueAt()).contains(MONDAY_10AM);

        NotificationTiming stored = settings.setTiming(clinic.caller(Role.OWNER),
                new NotificationTiming(Duration.ofMinutes(2), List.of(Duration.ofHours(24))));

        assertThat(stored.remindersBefore()).containsExactly(Duration.ofHours(24));
        List<OutboxMessage> after = waitingReminders(booked);
        assertThat(after).isNotEmpty().noneMatch(before::contains)
                .allMatch(m -> m.delivery().dueAt().equals(TUESDAY_10AM));
        assertThat(after).extracting(m -> m.envelope().recipient().channel()).doesNotHaveDuplicates()
                .hasSameSizeAs(before.stream().map(m -> m.envelope().recipient().channel()).distinct().toList());
        assertThat(reminders(booked)).filteredOn(m -> m.state() == OutboxState.CANCELLED)
                .hasSameSizeAs(before);
    }

    @Test
    @DisplayName("No reminder times withdraws every waiting reminder")
    void noReminders() {
        BookingResult.Booked booked = book(BookingFixture.WEDNESDAY_10AM);

        settings.setTiming(clinic.caller(Role.OWNER), new NotificationTiming(Duration.ofMinutes(2), List.of()));

        assertThat(waitingReminders(booked)).isEmpty();
        assertThat(settings.timing(clinic.caller(Role.OWNER)).remindersBefore()).isEmpty();
    }

    @Test
    @DisplayName("Out-of-range or clashing times are refused and change nothing; front desk may not set them")
    void refusals() {
        BookingResult.Booked booked = book(BookingFixture.WEDNESDAY_10AM);
        List<OutboxMessage> before = waitingReminders(booked);

        assertThatThrownBy(() -> settings.setTiming(clinic.caller(Role.OWNER), new NotificationTiming(
                Duration.ofMinutes(2), List.of(Duration.ofHours(2), Duration.ofMinutes(120)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.setTiming(clinic.caller(Role.OWNER), new NotificationTiming(
                Duration.ofMinutes(61), List.of()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.setTiming(clinic.caller(Role.FRONTDESK), new NotificationTiming(
                Duration.ZERO, List.of()))).isInstanceOf(AccessDeniedException.class);

        assertThat(waitingReminders(booked)).isEqualTo(before);
        assertThat(settings.timing(clinic.caller(Role.OWNER)).clinicChangeDelay()).isEqualTo(Duration.ofMinutes(2));
    }

    /** Sends what is due, so a later cancellation is news to the client rather than an unseen booking undone. */
    private void sendConfirmations() {
        new DispatchNotificationsService(store.tx(), store.outbox(), store.notificationSettings(), new KindRenderer(),
                new InMemoryMailSender(), new InMemorySmsSender(), new DispatcherSettings("one",
                Duration.ofMinutes(2), 100, RetryPolicy.standard(), new EmailAddress("bookings@laca.example")),
                clinic.clock, new Random(7)).dispatchDue();
    }

    /** Renders the kind's code only: what is said does not matter here. */
    private static final class KindRenderer implements MessageRenderer {

        @Override
        public RenderedMessage render(RenderRequest request) {
            String code = request.kind().code();
            return request.channel() == Channel.EMAIL ? new RenderedMessage.Email(code, code, "<p>" + code + "</p>")
                    : new RenderedMessage.Sms(code);
        }

        @Override
        public Preview preview(RenderRequest request) {
            return new Preview(Optional.of(render(request)), List.of());
        }
    }

    private BookingResult.Booked book(Instant start) {
        BookingResult result = booking.book(clinic.command(clinic.consultation, start, Optional.of(clinic.ana.id()),
                "emma@example.com"));
        assertThat(result).isInstanceOf(BookingResult.Booked.class);
        return (BookingResult.Booked) result;
    }

    private List<OutboxMessage> reminders(BookingResult.Booked booked) {
        return store.tx().inTenant(clinic.tenant, () -> store.outbox().findByTopic(
                        Topic.appointment(booked.appointment().id()))).stream()
                .filter(m -> m.envelope().kind().equals(MessageKind.APPOINTMENT_REMINDER)).toList();
    }

    private List<OutboxMessage> waitingReminders(BookingResult.Booked booked) {
        return reminders(booked).stream().filter(m -> m.state().isWaiting()).toList();
    }

    private List<Instant> due(BookingResult.Booked booked, MessageKind kind) {
        return store.tx().inTenant(clinic.tenant, () -> store.outbox().findByTopic(
                        Topic.appointment(booked.appointment().id()))).stream()
                .filter(m -> m.envelope().kind().equals(kind)).map(m -> m.delivery().dueAt()).toList();
    }
}
