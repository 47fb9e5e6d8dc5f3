package com.laca.adapter.notifications.mail;

import com.laca.application.notification.port.out.DeliveryReceipt;
import com.laca.application.notification.port.out.DeliveryRefusedException;
import com.laca.application.notification.port.out.DeliveryUnavailableException;
import com.laca.application.notification.port.out.EmailMessage;
import com.laca.application.notification.port.out.MailSender;
import com.laca.application.notification.port.out.Mailbox;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Sends e-mail through an SMTP server with Jakarta Mail: one multipart/alternative message (text, then HTML, both
 * UTF-8) per outbox message, whose {@code Message-ID} is built from the message's stable id, so a retry after a
 * broken connection is the same e-mail to every receiving system that deduplicates by Message-ID.
 *
 * <p>Failures are reported by SMTP reply code and cause only: a 5xx reply is a refusal for good; a 4xx reply, a
 * failed login or a connection that could not be made is "not sent, try again"; a connection that timed out or broke
 * mid-session is "maybe sent, try again with the same id". Server texts are never passed on, because they often quote
 * the recipient's address.
 */
public final class SmtpMailSender implements MailSender {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session;
    private final String protocol;
    private final String messageIdDomain;
    private final Clock clock;

    public SmtpMailSender(SmtpConfig config, Clock clock) {
        Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.messageIdDomain = config.messageIdDomain();
        this.protocol = protocol(config);
        this.session = Session.getInstance(properties(config), authenticator(config));
    }

    @Override
    public DeliveryReceipt send(EmailMessage email) {
        String messageId = "<" + email.id() + "@" + messageIdDomain + ">";
        MimeMessage mime;
        try {
            mime = compose(email, messageId);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryRefusedException("the e-mail could not be composed: " + e.getClass().getSimpleName(), e);
        }
        try (Transport transport = session.getTransport(protocol)) {
            transport.connect();
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException e) {
            throw translate(e);
        }
        return new DeliveryReceipt(messageId);
    }

    private MimeMessage compose(EmailMessage email, String messageId)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = new StableIdMessage(session, messageId);
        mime.setFrom(address(email.from()));
        if (email.replyTo().isPresent()) {
            mime.setReplyTo(new Address[] {address(email.replyTo().get())});
        }
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email.to().value(), true));
        mime.setSubject(email.subject(), UTF_8);
        mime.setSentDate(Date.from(clock.instant()));
        // RFC 3834: automatic messages must not trigger out-of-office replies
        mime.setHeader("Auto-Submitted", "auto-generated");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        mime.saveChanges();
        return mime;
    }

    private static InternetAddress address(Mailbox mailbox) throws UnsupportedEncodingException {
        return new InternetAddress(mailbox.address().value(), mailbox.displayName(), UTF_8);
    }

    /** Maps Jakarta Mail's exceptions onto the port's kinds, by reply code and cause, never by message text. */
    static RuntimeException translate(MessagingException e) {
        Integer code = replyCode(e);
        if (code != null) {
            String what = "SMTP server replied " + code + " (" + e.getClass().getSimpleName() + ")";
            return code >= 500 ? new DeliveryRefusedException(what, e) : new DeliveryUnavailableException(what, false, e);
        }
        if (e instanceof AuthenticationFailedException) {
            // a configuration fault, not the message's: keep it and retry once an operator fixes the credentials
            return new DeliveryUnavailableException("SMTP authentication failed", false, e);
        }
        if (e instanceof MailConnectException || causedBy(e, ConnectException.class)
                || causedBy(e, UnknownHostException.class)) {
            return new DeliveryUnavailableException("SMTP server unreachable", false, e);
        }
        if (e instanceof SendFailedException) {
            return new DeliveryRefusedException("SMTP server refused the addresses", e);
        }
        if (causedBy(e, SocketTimeoutException.class)) {
            return new DeliveryUnavailableException("SMTP server timed out", true, e);
        }
        if (causedBy(e, SocketException.class)) {
            return new DeliveryUnavailableException("SMTP connection broke", true, e);
        }
        return new DeliveryUnavailableException("SMTP session failed (" + e.getClass().getSimpleName() + ")", false, e);
    }

    private static Integer replyCode(MessagingException e) {
        for (Exception next = e; next != null; next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException failed) {
                return failed.getReturnCode();
            }
            if (next instanceof SMTPSenderFailedException failed) {
                return failed.getReturnCode();
            }
            if (next instanceof SMTPSendFailedException failed) {
                return failed.getReturnCode();
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String protocol(SmtpConfig config) {
        return config.security() == SmtpConfig.Security.SMTPS ? "smtps" : "smtp";
    }

    private static Properties properties(SmtpConfig config) {
        String protocol = protocol(config);
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put(prefix + "host", config.host());
        properties.put(prefix + "port", String.valueOf(config.port()));
        properties.put(prefix + "from", config.from().address().value());
        properties.put(prefix + "connectiontimeout", String.valueOf(config.connectTimeout().toMillis()));
        properties.put(prefix + "timeout", String.valueOf(config.timeout().toMillis()));
        properties.put(prefix + "writetimeout", String.valueOf(config.timeout().toMillis()));
        properties.put(prefix + "auth", String.valueOf(config.username().isPresent()));
        if (config.security() == SmtpConfig.Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (config.security() != SmtpConfig.Security.NONE) {
            // a trusted host is a test server with a self-made certificate: neither its chain nor its name is checked
            properties.put(prefix + "ssl.checkserveridentity", String.valueOf(config.trustedHost().isEmpty()));
            config.trustedHost().ifPresent(host -> properties.put(prefix + "ssl.trust", host));
        }
        return properties;
    }

    private static Authenticator authenticator(SmtpConfig config) {
        if (config.username().isEmpty()) {
            return null;
        }
        PasswordAuthentication credentials = new PasswordAuthentication(config.username().get(),
                config.password().orElseThrow());
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return credentials;
            }
        };
    }

    /** A message whose Message-ID is ours rather than one Jakarta Mail invents at each save. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
