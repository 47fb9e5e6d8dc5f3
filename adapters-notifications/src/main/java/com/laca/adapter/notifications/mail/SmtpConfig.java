package com.laca.adapter.notifications.mail;

import com.laca.application.notification.port.out.Mailbox;
import com.laca.domain.shared.EmailAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The mail server settings, read from configuration and never from code; {@link #toString()} hides the password so
 * it cannot end up in a log.
 *
 * @param host            the SMTP server
 * @param port            its port (587 for STARTTLS, 465 for SMTPS, 25 for plain by default)
 * @param security        how the connection is encrypted
 * @param username        the account to authenticate as, if the server asks for one
 * @param password        its password; secret
 * @param from            the sending mailbox; the display name is replaced by each clinic's name
 * @param messageIdDomain the right-hand side of every {@code Message-ID}
 * @param trustedHost     a host whose certificate is trusted without checking (a test server); empty in production
 * @param connectTimeout  how long to wait for a connection
 * @param timeout         how long to wait for each reply, and for each write
 */
public record SmtpConfig(String host, int port, Security security, Optional<String> username,
                         Optional<String> password, Mailbox from, String messageIdDomain,
                         Optional<String> trustedHost, Duration connectTimeout, Duration timeout) {

    /** How the connection to the server is protected. */
    public enum Security {
        /** Plain SMTP; only for a server on the same machine or a test server. */
        NONE,
        /** Plain connection upgraded with STARTTLS, which the server must offer (no silent fallback). */
        STARTTLS,
        /** TLS from the first byte (SMTPS). */
        SMTPS
    }

    public static final String HOST = "laca.smtp.host";
    public static final String PORT = "laca.smtp.port";
    public static final String SECURITY = "laca.smtp.security";
    public static final String USERNAME = "laca.smtp.username";
    public static final String PASSWORD = "laca.smtp.password";
    public static final String FROM = "laca.smtp.from";
    public static final String FROM_NAME = "laca.smtp.from-name";
    public static final String MESSAGE_ID_DOMAIN = "laca.smtp.message-id-domain";
    public static final String TRUSTED_HOST = "laca.smtp.ssl-trust";
    public static final String CONNECT_TIMEOUT_MS = "laca.smtp.connect-timeout-ms";
    public static final String TIMEOUT_MS = "laca.smtp.timeout-ms";

    public SmtpConfig {
        requireText(host, HOST);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(PORT + " must be 1 to 65535");
        }
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException(USERNAME + " and " + PASSWORD + " are set together or not at all");
        }
        Objects.requireNonNull(from, "from");
        requireText(messageIdDomain, MESSAGE_ID_DOMAIN);
        if (!messageIdDomain.matches("[A-Za-z0-9.-]{1,253}")) {
            throw new IllegalArgumentException(MESSAGE_ID_DOMAIN + " must be a domain name");
        }
        Objects.requireNonNull(trustedHost, "trustedHost");
        requireMillis(connectTimeout, CONNECT_TIMEOUT_MS);
        requireMillis(timeout, TIMEOUT_MS);
    }

    /** Reads the settings from MicroProfile Config; empty when no host is configured (the embedded default). */
    public static Optional<SmtpConfig> from(Config config) {
        return from(key -> config.getOptionalValue(key, String.class));
    }

    /**
     * Reads the settings from any key-value source; empty when no host is configured.
     *
     * @throws IllegalArgumentException when a host is set but another setting is missing or invalid; the message
     *                                  names the key, never a value
     */
    public static Optional<SmtpConfig> from(Function<String, Optional<String>> source) {
        Optional<String> host = text(source, HOST);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Security security = text(source, SECURITY).map(value -> {
            try {
                return Security.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(SECURITY + " must be NONE, STARTTLS or SMTPS", e);
            }
        }).orElse(Security.STARTTLS);
        int defaultPort = switch (security) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case SMTPS -> 465;
        };
        String fromAddress = text(source, FROM)
                .orElseThrow(() -> new IllegalArgumentException(FROM + " is required when " + HOST + " is set"));
        EmailAddress address;
        try {
            address = new EmailAddress(fromAddress);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FROM + " must be an e-mail address", e);
        }
        return Optional.of(new SmtpConfig(host.get().trim(), number(source, PORT, defaultPort), security,
                text(source, USERNAME), text(source, PASSWORD),
                new Mailbox(text(source, FROM_NAME).orElse("LACA"), address),
                text(source, MESSAGE_ID_DOMAIN).orElse(address.value().substring(address.value().indexOf('@') + 1)),
                text(source, TRUSTED_HOST), Duration.ofMillis(number(source, CONNECT_TIMEOUT_MS, 5_000)),
                Duration.ofMillis(number(source, TIMEOUT_MS, 20_000))));
    }

    @Override
    public String toString() {
        return "SmtpConfig[host=" + host + ", port=" + port + ", security=" + security + ", username="
                + username.orElse("-") + ", password=" + (password.isPresent() ? "***" : "-") + ", from="
                + from.address() + ", messageIdDomain=" + messageIdDomain + ", trustedHost=" + trustedHost.orElse("-")
                + ", connectTimeout=" + connectTimeout + ", timeout=" + timeout + "]";
    }

    private static Optional<String> text(Function<String, Optional<String>> source, String key) {
        return source.apply(key).filter(value -> !value.isBlank());
    }

    private static int number(Function<String, Optional<String>> source, String key, int fallback) {
        try {
            return text(source, key).map(String::trim).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number", e);
        }
    }

    private static void requireText(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " must not be blank");
        }
    }

    private static void requireMillis(Duration duration, String key) {
        Objects.requireNonNull(duration, key);
        if (duration.isNegative() || duration.isZero() || duration.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " must be a positive number of milliseconds");
        }
    }
}
