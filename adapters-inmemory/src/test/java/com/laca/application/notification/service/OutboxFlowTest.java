package com.laca.application.notification.service;

import com.laca.domain.booking.CancellationReason;

import com.laca.application.booking.port.in.StaffCancellation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.laca.application.booking.service.ManageOwnBookingService;
import com.laca.application.booking.service.StaffCalendarService;
import com.laca.application.notification.port.out.DeliveryUnavailableException;
import com.laca.application.notification.port.out.EmailMessage;
import com.laca.application.notification.port.out.MailSender;
import com.laca.application.notification.port.out.MessageRenderer;
import com.laca.application.notification.port.out.OutboxRepository;
import com.laca.application.notification.port.out.Preview;
import com.laca.application.notification.port.out.RenderRequest;
import com.laca.application.notification.port.out.RenderedMessage;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.payment.service.DepositSettlementService;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.identity.Role;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.FactValue;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.MessageKindCatalogue;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.OutboxState;
import com.laca.domain.notification.RetryPolicy;
import com.laca.domain.notification.Topic;
import com.laca.domain.shared.EmailAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Booking writes its messages in its own transaction and the dispatcher sends each exactly once, over the in-memory
 * adapters: the application's half of the issue-12 evidence (the GreenMail and PostgreSQL halves run elsewhere).
 */
@DisplayName("The outbox from booking to sending")
class OutboxFlowTest {

    private static final URI BASE = URI.create("http://localhost:8080");

    private final InMemoryPersistencePorts store = new InMemoryPersistencePorts();
    private final BookingFixture clinic = new BookingFixture(store, new InMemoryPaymentGateway());
    private final EnqueueNotificationService enqueue = new EnqueueNotificationService(store.outbox(),
            store.contacts(), store.notificationSettings(), MessageKindCatalogue.standard(), clinic.clock);
    private final BookingNotifications notifications = new BookingNotifications(enqueue, clinic.bookingPorts, BASE,
            PreVisitLinks.NONE);
    private final BookAppointmentService booking = new BookAppointmentService(clinic.bookingPorts,
            new BookingDeposits(store.tx(), new InMemoryPaymentGateway(), store.connectedAccounts(),
                    store.paymentIntents(), store.paymentLedgers(), clinic.clock),
            new AvailabilityEngine(), clinic.clock, BookingLimits.DEFAULT, store.bookingLimitLock(), notifications);
    private final DepositSettlementService settlement = new DepositSettlementService(store.tx(),
            store.paymentLedgers(), store.paymentIntents(), store.connectedAccounts(), new InMemoryPaymentGateway(),
            clinic.clock);
    private final ManageOwnBookingService ownBooking = new ManageOwnBookingService(clinic.bookingPorts, settlement,
            new AvailabilityEngine(), clinic.clock, notifications);
    private final StaffCalendarService calendar = new StaffCalendarService(clinic.bookingPorts, settlement,
            clinic.clock, Appointment.CHECK_IN_OPENS_BEFORE, notifications);
    private final InMemoryMailSender mailbox = new InMemoryMailSender();
    private final InMemorySmsSender phone = new InMemorySmsSender();

    @Test
    @DisplayName("A booking sends exactly one confirmation e-mail, with a link that opens the booking")
    void bookingSendsOneConfirmation() {
        BookingResult.Booked booked = book();

        dispatcher("one", mailbox).dispatchDue();
        dispatcher("two", mailbox).dispatchDue();

        List<EmailMessage> confirmations = mailbox.sent().stream()
                .filter(m -> m.subject().startsWith("booking-confirmed")).toList();
        assertThat(confirmations).hasSize(1);
        assertThat(confirmations.get(0).to()).isEqualTo(new EmailAddress("emma@example.com"));
        String link = BASE + "/api/public/" + slug() + "/bookings/" + booked.manageToken();
        assertThat(confirmations.get(0).text()).contains(link);
        assertThat(clinic.booking.view(clinic.tenant, link.substring(link.lastIndexOf('/') + 1)).id())
                .isEqualTo(booked.appointment().id());
        assertThat(phone.sent()).hasSize(1);
        assertThat(kinds(booked)).contains("booking-confirmed", "appointment-reminder");
    }

    @Test
    @DisplayName("A booking cancelled before its confirmation went out sends nothing at all")
    void bookedAndCancelledUnseen() {
        BookingResult.Booked booked = book();
        ownBooking.cancel(clinic.tenant, booked.manageToken());

        assertThat(dispatcher("one", mailbox).dispatchDue()).isZero();
        assertThat(mailbox.sent()).isEmpty();
        assertThat(phone.sent()).isEmpty();
    }

    @Test
    @DisplayName("A change that rolls back leaves nothing in the outbox and sends nothing")
    void rolledBackSendsNothing() {
        assertThatThrownBy(() -> store.tx().inTenant(clinic.tenant, () -> {
            book();
            throw new IllegalStateException("the request failed after booking");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(dispatcher("one", mailbox).dispatchDue()).isZero();
        assertThat(mailbox.sent()).isEmpty();
    }

    @Test
    @DisplayName("With the mail server down for three attempts, the confirmation is delivered once it is back")
    void mailServerDownThenUp() {
        AtomicInteger failures = new AtomicInteger();
        MailSender flaky = message -> {
            if (failures.getAndIncrement() < 3) {
                throw new DeliveryUnavailableException("connection refused", false, null);
            }
            return mailbox.send(message);
        };
        book();
        for (int round = 0; round < 10; round++) {
            dispatcher("one", flaky).dispatchDue();
            clinic.clock.advance(Duration.ofMinutes(5));
        }
        assertThat(mailbox.sent().stream().filter(m -> m.subject().startsWith("booking-confirmed"))).hasSize(1);
        assertThat(failures.get()).isGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("A dispatcher that dies holding a message: another sends it after the lease, once")
    void leaseExpiryDeliversOnce() {
        book();
        OutboxRepository outbox = store.outbox();
        store.tx().asPlatform(() -> outbox.claimDue("crashed", clinic.clock.instant(), Duration.ofMinutes(2), 100));

        assertThat(dispatcher("two", mailbox).dispatchDue()).isZero();
        clinic.clock.advance(Duration.ofMinutes(2));
        dispatcher("two", mailbox).dispatchDue();
        dispatcher("crashed", mailbox).dispatchDue();

        assertThat(mailbox.sent().stream().filter(m -> m.subject().startsWith("booking-confirmed"))).hasSize(1);
        assertThat(phone.sent()).hasSize(1);
    }

    @Test
    @DisplayName("Moving a booking moves its reminders; cancelling it withdraws them and nothing more is reminded")
    void remindersFollowTheAppointment() {
        BookingResult.Booked booked = book();
        dispatcher("one", mailbox).dispatchDue();
        List<OutboxMessage> first = reminders(booked);
        assertThat(first).isNotEmpty().allMatch(m -> m.state() == OutboxState.PENDING);

        BookingResult moved = ownBooking.reschedule(clinic.tenant, booked.manageToken(),
                BookingFixture.WEDNESDAY_10AM.plus(Duration.ofHours(2)), Optional.empty());
        assertThat(moved).isInstanceOf(BookingResult.Booked.class);
        List<OutboxMessage> after = reminders(booked);
        assertThat(after.stream().filter(m -> first.contains(m)))
                .allMatch(m -> m.state() == OutboxState.CANCELLED);
        List<OutboxMessage> replanned = after.stream().filter(m -> m.state() == OutboxState.PENDING).toList();
        assertThat(replanned).isNotEmpty().noneMatch(first::contains);
        assertThat(replanned).allMatch(m -> ((FactValue.Moment) m.envelope().facts().get("appointment.start")
                .orElseThrow()).instant().equals(BookingFixture.WEDNESDAY_10AM.plus(Duration.ofHours(2))));

        calendar.cancel(clinic.caller(Role.OWNER), booked.appointment().id(), new StaffCancellation(CancellationReason.CLIENT_REQUEST, java.util.Optional.empty()));
        assertThat(reminders(booked)).noneMatch(m -> m.state() == OutboxState.PENDING);
        assertThat(kinds(booked)).contains("booking-rescheduled", "booking-cancelled-by-clinic");
    }

    private BookingResult.Booked book() {
        BookingResult result = booking.book(clinic.command(clinic.consultation, BookingFixture.WEDNESDAY_10AM,
                Optional.of(clinic.ana.id()), "emma@example.com"));
        assertThat(result).isInstanceOf(BookingResult.Booked.class);
        return (BookingResult.Booked) result;
    }

    private List<OutboxMessage> reminders(BookingResult.Booked booked) {
        return store.tx().inTenant(clinic.tenant, () -> store.outbox().findByTopic(
                        Topic.appointment(booked.appointment().id()))).stream()
                .filter(m -> m.envelope().kind().equals(MessageKind.APPOINTMENT_REMINDER))
                .filter(m -> m.envelope().recipient().channel() == Channel.EMAIL).toList();
    }

    private List<String> kinds(BookingResult.Booked booked) {
        return store.tx().inTenant(clinic.tenant, () -> store.outbox().findByTopic(
                Topic.appointment(booked.appointment().id()))).stream()
                .map(m -> m.envelope().kind().code()).collect(Collectors.toList());
    }

    private String slug() {
        return store.tx().asPlatform(() -> store.tenants().findById(clinic.tenant).orElseThrow().slug().toString());
    }

    private DispatchNotificationsService dispatcher(String owner, MailSender mail) {
        return new DispatchNotificationsService(store.tx(), store.outbox(), store.notificationSettings(),
                new PlainRenderer(), mail, phone, new DispatcherSettings(owner, Duration.ofMinutes(2), 100,
                RetryPolicy.standard(), new EmailAddress("bookings@laca.example")), clinic.clock, new Random(7));
    }

    /** Renders the kind and every fact as text, enough to find links and kinds in what was sent. */
    private static final class PlainRenderer implements MessageRenderer {

        @Override
        public RenderedMessage render(RenderRequest request) {
            String body = request.facts().asMap().entrySet().stream()
                    .map(e -> e.getKey() + ": " + show(e.getValue())).collect(Collectors.joining("\n"));
            return request.channel() == Channel.EMAIL
                    ? new RenderedMessage.Email(request.kind().code(), body, "<p>" + body + "</p>")
                    : new RenderedMessage.Sms(request.kind().code());
        }

        @Override
        public Preview preview(RenderRequest request) {
            return new Preview(Optional.of(render(request)), List.of());
        }

        private static String show(FactValue value) {
            return value instanceof FactValue.Link link ? link.uri().toString() : value.toString();
        }
    }
}
