package com.laca.adapter.notifications.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The platform's Twilio settings, read from configuration and never from code; {@link #toString()} hides the auth
 * token, which both signs our requests and verifies Twilio's callbacks.
 *
 * @param accountSid          the account ({@code AC…})
 * @param authToken           the account's auth token; secret
 * @param from                the sender: a number in international form, an alphanumeric sender id, or a messaging
 *                            service ({@code MG…})
 * @param apiBase             where the API lives; a local server in tests
 * @param statusCallback      our public URL for delivery reports, if Twilio should send them
 * @param connectTimeout      how long to wait for a connection
 * @param readTimeout         how long to wait for an answer
 */
public record TwilioConfig(String accountSid, String authToken, String from, URI apiBase,
                           Optional<URI> statusCallback, Duration connectTimeout, Duration readTimeout) {

    public static final String ACCOUNT_SID = "laca.twilio.account-sid";
    public static final String AUTH_TOKEN = "laca.twilio.auth-token";
    public static final String FROM = "laca.twilio.from";
    public static final String API_BASE = "laca.twilio.api-base";
    public static final String STATUS_CALLBACK_URL = "laca.twilio.status-callback-url";
    public static final String CONNECT_TIMEOUT_MS = "laca.twilio.connect-timeout-ms";
    public static final String READ_TIMEOUT_MS = "laca.twilio.read-timeout-ms";

    /** Twilio's production API. */
    public static final URI DEFAULT_API_BASE = URI.create("https://api.twilio.com");

    private static final Pattern ACCOUNT = Pattern.compile("AC[0-9a-fA-F]{32}");
    private static final Pattern SENDER = Pattern.compile("\\+[1-9][0-9]{7,14}|MG[0-9a-fA-F]{32}|[A-Za-z0-9 ]{1,11}");

    public TwilioConfig {
        Objects.requireNonNull(accountSid, "accountSid");
        if (!ACCOUNT.matcher(accountSid).matches()) {
            throw new IllegalArgumentException(ACCOUNT_SID + " must be AC followed by 32 hexadecimal digits");
        }
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException(AUTH_TOKEN + " must not be blank");
        }
        if (from == null || !SENDER.matcher(from).matches() || from.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(FROM + " must be a +number, a messaging service MG… or a sender id "
                    + "of up to 11 letters and digits");
        }
        Objects.requireNonNull(apiBase, "apiBase");
        requireHttp(apiBase, API_BASE);
        Objects.requireNonNull(statusCallback, "statusCallback");
        statusCallback.ifPresent(uri -> {
            if (!"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException(STATUS_CALLBACK_URL + " must be an https URL (Twilio requires it)");
            }
        });
        requireMillis(connectTimeout, CONNECT_TIMEOUT_MS);
        requireMillis(readTimeout, READ_TIMEOUT_MS);
    }

    /** Reads the settings from MicroProfile Config; empty when no account is configured (the LOG_ONLY mode). */
    public static Optional<TwilioConfig> from(Config config) {
        return from(key -> config.getOptionalValue(key, String.class));
    }

    /**
     * Reads the settings from any key-value source; empty when no account is configured.
     *
     * @throws IllegalArgumentException when an account is set but another setting is missing or invalid; the message
     *                                  names the key, never a value
     */
    public static Optional<TwilioConfig> from(Function<String, Optional<String>> source) {
        Optional<String> account = text(source, ACCOUNT_SID);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TwilioConfig(account.get().trim(),
                text(source, AUTH_TOKEN).orElseThrow(() -> missing(AUTH_TOKEN)),
                text(source, FROM).map(String::trim).orElseThrow(() -> missing(FROM)),
                text(source, API_BASE).map(URI::create).orElse(DEFAULT_API_BASE),
                text(source, STATUS_CALLBACK_URL).map(URI::create),
                Duration.ofMillis(number(source, CONNECT_TIMEOUT_MS, 5_000)),
                Duration.ofMillis(number(source, READ_TIMEOUT_MS, 15_000))));
    }

    /** Whether the sender is a messaging service, which Twilio takes as {@code MessagingServiceSid}. */
    boolean sendsThroughMessagingService() {
        return from.startsWith("MG");
    }

    @Override
    public String toString() {
        return "TwilioConfig[accountSid=" + accountSid + ", authToken=***, from=" + from + ", apiBase=" + apiBase
                + ", statusCallback=" + statusCallback.map(URI::toString).orElse("-") + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    private static IllegalArgumentException missing(String key) {
        return new IllegalArgumentException(key + " is required when " + ACCOUNT_SID + " is set");
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

    private static void requireHttp(URI uri, String key) {
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException(key + " must be an http(s) URL");
        }
    }

    private static void requireMillis(Duration duration, String key) {
        Objects.requireNonNull(duration, key);
        if (duration.isNegative() || duration.isZero() || duration.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " must be a positive number of milliseconds");
        }
    }
}
