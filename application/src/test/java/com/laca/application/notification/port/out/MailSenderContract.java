package com.laca.application.notification.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.notification.NotificationId;
import com.laca.domain.shared.EmailAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MailSender} must do, run against each implementation (in memory, SMTP against GreenMail) so they
 * cannot drift apart.
 */
public abstract class MailSenderContract {

    /** The sender under test, freshly set up for each test. */
    protected abstract MailSender sender();

    /** What the sender delivered so far, as the receiving side saw it. */
    protected abstract List<Received> received();

    /** One delivered e-mail as the receiving side saw it. */
    public record Received(String to, String subject, String text, String html) {
    }

    /** A sample e-mail with non-ASCII text in every part, so encodings are tested too. */
    public static EmailMessage message(NotificationId id, String to) {
        return new EmailMessage(id, new Mailbox("Zoë's Clinic", new EmailAddress("bookings@laca.test")),
                Optional.of(new Mailbox("Zoë's Clinic", new EmailAddress("hello@zoes-clinic.test"))),
                new EmailAddress(to), "Your appointment on Tuesday — £50.00 deposit",
                "Hello Emma,\nyour appointment is confirmed.\nDeposit: £50.00",
                "<p>Hello Emma,</p><p>your appointment is <b>confirmed</b>.</p><p>Deposit: £50.00</p>");
    }

    @Test
    @DisplayName("delivers one e-mail to its addressee with the subject, the text and the HTML body intact")
    void delivers() {
        sender().send(message(NotificationId.random(), "emma@example.com"));

        assertThat(received()).hasSize(1);
        Received mail = received().get(0);
        assertThat(mail.to()).isEqualTo("emma@example.com");
        assertThat(mail.subject()).isEqualTo("Your appointment on Tuesday — £50.00 deposit");
        assertThat(mail.text()).contains("Deposit: £50.00");
        assertThat(mail.html()).contains("<b>confirmed</b>");
    }

    @Test
    @DisplayName("answers with a Message-ID made from the message's stable id, the same on every attempt")
    void stableMessageId() {
        NotificationId id = NotificationId.random();

        DeliveryReceipt first = sender().send(message(id, "emma@example.com"));
        DeliveryReceipt second = sender().send(message(id, "emma@example.com"));

        assertThat(first.providerReference()).startsWith("<" + id + "@").endsWith(">");
        assertThat(second).isEqualTo(first);
    }
}
