package com.laca.adapter.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.laca.application.notification.port.out.DeliveryReceipt;
import com.laca.application.notification.port.out.DeliveryRefusedException;
import com.laca.application.notification.port.out.DeliveryUnavailableException;
import com.laca.application.notification.port.out.MailSender;
import com.laca.application.notification.port.out.MailSenderContract;
import com.laca.application.notification.port.out.Mailbox;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.notification.SendFailure;
import com.laca.domain.shared.EmailAddress;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("SMTP mail sender against GreenMail and a scripted SMTP server")
class SmtpMailSenderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String LOCALHOST = "127.0.0.1";

    static SmtpConfig config(int port, SmtpConfig.Security security, Optional<String> user, Optional<String> password) {
        return new SmtpConfig(LOCALHOST, port, security, user, password,
                new Mailbox("LACA", new EmailAddress("bookings@laca.test")), "laca.test",
                security == SmtpConfig.Security.NONE ? Optional.empty() : Optional.of(LOCALHOST),
                Duration.ofMillis(1_000), Duration.ofMillis(1_500));
    }

    static SmtpConfig plain(int port) {
        return config(port, SmtpConfig.Security.NONE, Optional.empty(), Optional.empty());
    }

    static List<MailSenderContract.Received> received(GreenMail greenMail) {
        List<MailSenderContract.Received> all = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                Multipart parts = (Multipart) message.getContent();
                all.add(new MailSenderContract.Received(((InternetAddress) message.getAllRecipients()[0]).getAddress(),
                        message.getSubject(), part(parts, "text/plain"), part(parts, "text/html")));
            } catch (Exception e) {
                throw new AssertionError("unreadable message", e);
            }
        }
        return all;
    }

    private static String part(Multipart parts, String type) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    @Nested
    @DisplayName("keeps the mail sender contract")
    class Contract extends MailSenderContract {

        private GreenMail greenMail;
        private SmtpMailSender sender;

        @BeforeEach
        void start() {
            greenMail = new GreenMail(new ServerSetup(0, LOCALHOST, ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            sender = new SmtpMailSender(plain(greenMail.getSmtp().getPort()), CLOCK);
        }

        @AfterEach
        void stop() {
            greenMail.stop();
        }

        @Override
        protected MailSender sender() {
            return sender;
        }

        @Override
        protected List<Received> received() {
            return SmtpMailSenderTest.received(greenMail);
        }

        @Test
        @DisplayName("the e-mail arrives as multipart/alternative, text first, with our Message-ID and the clinic's name")
        void wireFormat() throws Exception {
            NotificationId id = NotificationId.random();

            DeliveryReceipt receipt = sender.send(message(id, "emma@example.com"));

            MimeMessage arrived = greenMail.getReceivedMessages()[0];
            assertThat(receipt.providerReference()).isEqualTo("<" + id + "@laca.test>");
            assertThat(arrived.getMessageID()).isEqualTo(receipt.providerReference());
            assertThat(arrived.getContentType()).startsWith("multipart/alternative");
            assertThat(((Multipart) arrived.getContent()).getBodyPart(0).isMimeType("text/plain")).isTrue();
            assertThat(((InternetAddress) arrived.getFrom()[0]).getPersonal()).isEqualTo("Zoë's Clinic");
            assertThat(((InternetAddress) arrived.getReplyTo()[0]).getAddress()).isEqualTo("hello@zoes-clinic.test");
            assertThat(arrived.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            assertThat(arrived.getSentDate().toInstant()).isEqualTo(CLOCK.instant());
        }
    }

    @Test
    @DisplayName("With the server down for three attempts the e-mail is not sent and says so; once it is up, it is "
            + "delivered exactly once")
    void downThenUp() throws IOException {
        int port = freePort();
        SmtpMailSender sender = new SmtpMailSender(plain(port), CLOCK);
        NotificationId id = NotificationId.random();

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> sender.send(MailSenderContract.message(id, "emma@example.com")))
                    .isInstanceOfSatisfying(DeliveryUnavailableException.class, e -> {
                        assertThat(e.outcomeUnknown()).isFalse();
                        assertThat(e.toFailure().kind()).isEqualTo(SendFailure.Kind.UNAVAILABLE);
                    });
        }
        GreenMail greenMail = new GreenMail(new ServerSetup(port, LOCALHOST, ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            sender.send(MailSenderContract.message(id, "emma@example.com"));

            assertThat(greenMail.getReceivedMessages()).hasSize(1);
        } finally {
            greenMail.stop();
        }
    }

    @Test
    @DisplayName("Signs in with the configured account; a wrong password keeps the e-mail for a later attempt")
    void authentication() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, LOCALHOST, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("bookings@laca.test", "laca", "s3cret"));
        greenMail.start();
        try {
            int port = greenMail.getSmtp().getPort();
            new SmtpMailSender(config(port, SmtpConfig.Security.NONE, Optional.of("laca"), Optional.of("s3cret")),
                    CLOCK).send(MailSenderContract.message(NotificationId.random(), "emma@example.com"));
            assertThat(greenMail.getReceivedMessages()).hasSize(1);

            SmtpMailSender wrong = new SmtpMailSender(config(port, SmtpConfig.Security.NONE, Optional.of("laca"),
                    Optional.of("wrong")), CLOCK);
            assertThatThrownBy(() -> wrong.send(MailSenderContract.message(NotificationId.random(), "a@example.com")))
                    .isInstanceOf(DeliveryUnavailableException.class).hasMessage("SMTP authentication failed");
            assertThat(greenMail.getReceivedMessages()).hasSize(1);
        } finally {
            greenMail.stop();
        }
    }

    @Test
    @DisplayName("Sends over TLS from the first byte (SMTPS)")
    void smtps() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, LOCALHOST, ServerSetup.PROTOCOL_SMTPS));
        greenMail.start();
        try {
            new SmtpMailSender(config(greenMail.getSmtps().getPort(), SmtpConfig.Security.SMTPS, Optional.empty(),
                    Optional.empty()), CLOCK).send(MailSenderContract.message(NotificationId.random(), "e@example.com"));

            assertThat(greenMail.getReceivedMessages()).hasSize(1);
        } finally {
            greenMail.stop();
        }
    }

    @Test
    @DisplayName("Never falls back to plain text when STARTTLS is required and the server does not offer it")
    void startTlsRequired() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, LOCALHOST, ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            SmtpMailSender sender = new SmtpMailSender(config(greenMail.getSmtp().getPort(),
                    SmtpConfig.Security.STARTTLS, Optional.empty(), Optional.empty()), CLOCK);

            assertThatThrownBy(() -> sender.send(MailSenderContract.message(NotificationId.random(), "e@example.com")))
                    .isInstanceOf(DeliveryUnavailableException.class);
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        } finally {
            greenMail.stop();
        }
    }

    @Test
    @DisplayName("A mailbox the server does not know (550) is refused for good, without the address in the reason")
    void unknownMailbox() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(Map.of("RCPT",
                "550 5.1.1 <emma@example.com>: Recipient address rejected"))) {
            SmtpMailSender sender = new SmtpMailSender(plain(server.port()), CLOCK);

            assertThatThrownBy(() -> sender.send(MailSenderContract.message(NotificationId.random(),
                    "emma@example.com")))
                    .isInstanceOf(DeliveryRefusedException.class)
                    .hasMessageContaining("550").hasMessageNotContaining("emma");
        }
    }

    @Test
    @DisplayName("A greylisting server (451 after the data) means not sent, try again")
    void temporaryRefusal() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(Map.of("DOT", "451 4.7.1 try again later"))) {
            SmtpMailSender sender = new SmtpMailSender(plain(server.port()), CLOCK);

            assertThatThrownBy(() -> sender.send(MailSenderContract.message(NotificationId.random(),
                    "emma@example.com")))
                    .isInstanceOfSatisfying(DeliveryUnavailableException.class,
                            e -> assertThat(e.outcomeUnknown()).isFalse())
                    .hasMessageContaining("451");
        }
    }

    @Test
    @DisplayName("A server that takes the message and never confirms it means maybe sent: retry with the same id")
    void noConfirmation() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(Map.of("DOT", ScriptedSmtpServer.SILENCE))) {
            SmtpMailSender sender = new SmtpMailSender(plain(server.port()), CLOCK);

            assertThatThrownBy(() -> sender.send(MailSenderContract.message(NotificationId.random(),
                    "emma@example.com")))
                    .isInstanceOfSatisfying(DeliveryUnavailableException.class, e -> {
                        assertThat(e.outcomeUnknown()).isTrue();
                        assertThat(e.toFailure().kind()).isEqualTo(SendFailure.Kind.OUTCOME_UNKNOWN);
                    });
        }
    }
}
