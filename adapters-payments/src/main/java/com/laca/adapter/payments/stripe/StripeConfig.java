package com.laca.adapter.payments.stripe;

import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The platform's Stripe settings, read from configuration and never from code, so keys differ per environment and
 * stay out of the repository; {@link #toString()} hides the secrets so they cannot end up in a log.
 *
 * @param apiKey            the platform's secret key ({@code sk_...}); secret
 * @param publishableKey    the platform's public key ({@code pk_...}) handed to browsers
 * @param webhookSecret     the endpoint's signing secret ({@code whsec_...}); secret
 * @param apiBase           where the Stripe API lives; a local server in tests
 * @param platformFeeBps    the platform's default fee in basis points of each deposit, 0 to 10,000
 * @param connectTimeout    how long to wait for a connection
 * @param readTimeout       how long to wait for an answer
 * @param maxNetworkRetries how often stripe-java repeats a request after a network error, 409 or 5xx
 */
public record StripeConfig(
        String apiKey,
        String publishableKey,
        String webhookSecret,
        URI apiBase,
        int platformFeeBps,
        Duration connectTimeout,
        Duration readTimeout,
        int maxNetworkRetries) {

    public static final String API_KEY = "laca.stripe.api-key";
    public static final String PUBLISHABLE_KEY = "laca.stripe.publishable-key";
    public static final String WEBHOOK_SECRET = "laca.stripe.webhook-secret";
    public static final String API_BASE = "laca.stripe.api-base";
    public static final String PLATFORM_FEE_BPS = "laca.stripe.platform-fee-bps";
    public static final String CONNECT_TIMEOUT_MS = "laca.stripe.connect-timeout-ms";
    public static final String READ_TIMEOUT_MS = "laca.stripe.read-timeout-ms";
    public static final String MAX_NETWORK_RETRIES = "laca.stripe.max-network-retries";

    /** Stripe's production API. */
    public static final URI DEFAULT_API_BASE = URI.create("https://api.stripe.com");

    public StripeConfig {
        requireText(apiKey, API_KEY);
        requireText(publishableKey, PUBLISHABLE_KEY);
        requireText(webhookSecret, WEBHOOK_SECRET);
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (!"https".equals(apiBase.getScheme()) && !"http".equals(apiBase.getScheme())) {
            throw new IllegalArgumentException(API_BASE + " must be an http(s) URL");
        }
        if (platformFeeBps < 0 || platformFeeBps > 10_000) {
            throw new IllegalArgumentException(PLATFORM_FEE_BPS + " must be 0 to 10000");
        }
        requireMillis(connectTimeout, CONNECT_TIMEOUT_MS);
        requireMillis(readTimeout, READ_TIMEOUT_MS);
        if (maxNetworkRetries < 0 || maxNetworkRetries > 10) {
            throw new IllegalArgumentException(MAX_NETWORK_RETRIES + " must be 0 to 10");
        }
    }

    /**
     * Reads the settings from MicroProfile Config; empty when no API key is configured, which means the platform
     * runs in pay-at-clinic mode.
     */
    public static Optional<StripeConfig> from(Config config) {
        return from(key -> config.getOptionalValue(key, String.class));
    }

    /**
     * Reads the settings from any key-value source; empty when no API key is configured.
     *
     * @throws IllegalArgumentException when an API key is set but another required key is missing or invalid;
     *                                  the message names the key, never its value
     */
    public static Optional<StripeConfig> from(Function<String, Optional<String>> source) {
        Optional<String> apiKey = source.apply(API_KEY).filter(value -> !value.isBlank());
        if (apiKey.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StripeConfig(
                apiKey.get(),
                required(source, PUBLISHABLE_KEY),
                required(source, WEBHOOK_SECRET),
                source.apply(API_BASE).map(URI::create).orElse(DEFAULT_API_BASE),
                number(source, PLATFORM_FEE_BPS, 0),
                Duration.ofMillis(number(source, CONNECT_TIMEOUT_MS, 5_000)),
                Duration.ofMillis(number(source, READ_TIMEOUT_MS, 20_000)),
                number(source, MAX_NETWORK_RETRIES, 2)));
    }

    @Override
    public String toString() {
        return "StripeConfig[apiKey=***, publishableKey=" + publishableKey + ", webhookSecret=***, apiBase=" + apiBase
                + ", platformFeeBps=" + platformFeeBps + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", maxNetworkRetries=" + maxNetworkRetries + "]";
    }

    private static String required(Function<String, Optional<String>> source, String key) {
        return source.apply(key).filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalArgumentException(key + " is required when " + API_KEY + " is set"));
    }

    private static int number(Function<String, Optional<String>> source, String key, int fallback) {
        try {
            return source.apply(key).map(String::trim).map(Integer::parseInt).orElse(fallback);
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
        if (duration.isNegative() || duration.isZero() || duration.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " must be a positive number of milliseconds");
        }
    }
}
