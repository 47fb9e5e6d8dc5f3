package com.laca.adapter.notifications.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistence;
import com.laca.adapter.inmemory.notification.InMemoryMailSender;
import com.laca.adapter.inmemory.notification.InMemorySmsSender;
import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.out.PreVisitLinks;
import com.laca.application.booking.service.BookAppointmentService;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.booking.service.BookingNotifications;
import com.laca.application.notification.port.in.ManageTemplatesUseCase.SaveTemplateResult;
import com.laca.application.notification.port.in.ManageTemplatesUseCase.TemplateEntry;
import com.laca.application.notification.port.in.TemplatePreview;
import com.laca.application.notification.port.in.TemplateSlot;
import com.laca.application.notification.port.in.TemplateText;
import com.laca.application.notification.port.out.EmailMessage;
import com.laca.application.notification.service.DispatchNotificationsService;
import com.laca.application.notification.service.DispatcherSettings;
import com.laca.application.notification.service.EnqueueNotificationService;
import com.laca.application.notification.service.ManageNotificationSettingsService;
import com.laca.application.notification.service.ManageTemplatesService;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.PersistencePorts;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.identity.Role;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.MessageKindCatalogue;
import com.laca.domain.notification.RetryPolicy;
import com.laca.domain.notification.TreatmentNaming;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.shared.EmailAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A clinic words its own messages: previewed with sample data, refused when it names what a message may not, stored
 * per clinic and locale, and used by the dispatcher for the next message it sends (with the real Mustache renderer).
 */
@DisplayName("A clinic's own templates")
class TenantTemplatesTest {

    private static final TemplateSlot CONFIRMATION_EMAIL = new TemplateSlot("booking-confirmed", Channel.EMAIL,
            Locale.forLanguageTag("en-GB"));

    /** Every in-memory port of one store, as the booking fixture needs them. */
    private static final class Store extends InMemoryPersistence implements PersistencePorts {
    }

    private final Store store = new Store();
    private final BookingFixture clinic = new BookingFixture(store, new InMemoryPaymentGateway());
    private final MustacheMessageRenderer renderer = new MustacheMessageRenderer();
    private final ManageTemplatesService templates = new ManageTemplatesService(store.tx(), store.messageTemplates(),
            store.notificationSettings(), renderer, MessageKindCatalogue.standard());

    @Test
    @DisplayName("The list shows every kind and channel in en-GB, none customised at first")
    void listsEverySlot() {
        List<TemplateEntry> entries = templates.list(clinic.caller(Role.OWNER));

        assertThat(entries).contains(new TemplateEntry(CONFIRMATION_EMAIL, Optional.empty()));
        assertThat(entries).extracting(e -> e.key().kind()).contains("deposit-received", "refund-issued",
                "appointment-reminder", "staff-invitation");
        assertThat(entries).noneMatch(e -> e.key().kind().equals("staff-invitation")
                && e.key().channel() == Channel.SMS);
        assertThat(entries).allMatch(e -> e.custom().isEmpty());
    }

    @Test
    @DisplayName("Without a draft the preview renders the shipped default with sample data and finds no problem")
    void previewsTheDefault() {
        TemplatePreview preview = templates.preview(clinic.caller(Role.OWNER), CONFIRMATION_EMAIL, Optional.empty());

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.subject()).get().asString().isNotBlank();
        assertThat(preview.html()).get().asString().contains("<");
    }

    @Test
    @DisplayName("A template naming an injectable in its subject is refused with the word found, and not stored")
    void refusesClinicalWords() {
        SaveTemplateResult result = templates.save(clinic.caller(Role.OWNER), CONFIRMATION_EMAIL,
                TemplateText.email("Your Botox appointment", "Hello {{client.firstName}}", "<p>Hello</p>"));

        assertThat(result).isInstanceOf(SaveTemplateResult.Refused.class);
        assertThat(((SaveTemplateResult.Refused) result).problems()).anyMatch(p -> p.toLowerCase().contains("botox"));
        assertThat(templates.list(clinic.caller(Role.OWNER))).allMatch(e -> e.custom().isEmpty());
    }

    @Test
    @DisplayName("A stored template is used for the next confirmation; going back to the default restores it")
    void storedTemplateIsSent() {
        TemplateText own = TemplateText.email("See you soon, {{client.firstName}}",
                "Dear {{client.firstName}}, we look forward to {{appointment.start}}. {{link.manage}}",
                "<p>Dear {{client.firstName}}</p>");
        assertThat(templates.save(clinic.caller(Role.OWNER), CONFIRMATION_EMAIL, own))
                .isInstanceOf(SaveTemplateResult.Saved.class);
        assertThat(templates.list(clinic.caller(Role.OWNER)))
                .contains(new TemplateEntry(CONFIRMATION_EMAIL, Optional.of(own)));

        InMemoryMailSender mailbox = bookAndDispatch();

        assertThat(mailbox.sent()).extracting(EmailMessage::subject).contains("See you soon, Cara");

        templates.reset(clinic.caller(Role.OWNER), CONFIRMATION_EMAIL);
        assertThat(templates.list(clinic.caller(Role.OWNER))).allMatch(e -> e.custom().isEmpty());
        assertThatThrownBy(() -> templates.reset(clinic.caller(Role.OWNER), CONFIRMATION_EMAIL))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("Unknown kinds and channels a kind never uses are invalid input; a practitioner may not edit")
    void guards() {
        assertThatThrownBy(() -> templates.preview(clinic.caller(Role.OWNER),
                new TemplateSlot("no-such-kind", Channel.EMAIL, Locale.UK), Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> templates.preview(clinic.caller(Role.OWNER),
                new TemplateSlot("staff-invitation", Channel.SMS, Locale.UK), Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> templates.list(clinic.caller(Role.PRACTITIONER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("A clinic that hides every treatment name gets 'your appointment' in texts, even from its own template")
    void hideAllTreatmentNames() {
        TemplateSlot sms = new TemplateSlot("booking-confirmed", Channel.SMS, Locale.forLanguageTag("en-GB"));
        TemplateText own = TemplateText.sms("{{clinic.name}}: {{treatment.name}} on {{appointment.startShort}}");
        ManageNotificationSettingsService settings = new ManageNotificationSettingsService(store.tx(),
                store.notificationSettings(), store.outbox(), clinic.clock);
        assertThat(settings.treatmentNaming(clinic.caller(Role.OWNER))).isEqualTo(TreatmentNaming.HIDE_INJECTABLES);
        assertThat(templates.preview(clinic.caller(Role.OWNER), sms, Optional.of(own)).text()).get().asString()
                .contains("Chemical peel");

        settings.setTreatmentNaming(clinic.caller(Role.OWNER), TreatmentNaming.HIDE_ALL);

        assertThat(settings.treatmentNaming(clinic.caller(Role.OWNER))).isEqualTo(TreatmentNaming.HIDE_ALL);
        assertThat(templates.preview(clinic.caller(Role.OWNER), sms, Optional.of(own)).text()).get().asString()
                .contains("your appointment").doesNotContain("Chemical peel");
        assertThatThrownBy(() -> settings.setTreatmentNaming(clinic.caller(Role.PRACTITIONER),
                TreatmentNaming.NAME_ALL)).isInstanceOf(AccessDeniedException.class);
    }

    private InMemoryMailSender bookAndDispatch() {
        EnqueueNotificationService enqueue = new EnqueueNotificationService(store.outbox(), store.contacts(),
                store.notificationSettings(), MessageKindCatalogue.standard(), clinic.clock);
        BookAppointmentService booking = new BookAppointmentService(clinic.bookingPorts,
                new BookingDeposits(store.tx(), new InMemoryPaymentGateway(), store.connectedAccounts(),
                        store.paymentIntents(), store.paymentLedgers(), clinic.clock),
                new AvailabilityEngine(), clinic.clock, BookingLimits.DEFAULT, store.bookingLimitLock(),
                new BookingNotifications(enqueue, clinic.bookingPorts, URI.create("http://localhost"),
                        PreVisitLinks.NONE));
        BookingResult result = booking.book(clinic.command(clinic.consultation, BookingFixture.WEDNESDAY_10AM,
                Optional.of(clinic.ana.id()), "emma@example.com"));
        assertThat(result).isInstanceOf(BookingResult.Booked.class);
        InMemoryMailSender mailbox = new InMemoryMailSender();
        new DispatchNotificationsService(store.tx(), store.outbox(), store.notificationSettings(), renderer, mailbox,
                new InMemorySmsSender(), new DispatcherSettings("one", Duration.ofMinutes(2), 100,
                RetryPolicy.standard(), new EmailAddress("bookings@laca.example")), clinic.clock, new Random(7),
                store.appointmentDirectory(), store.messageTemplates(), store.smsOptOuts()).dispatchDue();
        return mailbox;
    }
}
