package com.laca.adapter.content;

import com.laca.application.clinic.port.out.ContentWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which writer drafts treatment descriptions, read from configuration so an installation can point at a hosted
 * service or a local model server without a rebuild; {@link #toString()} hides the key so it cannot reach a log.
 *
 * @param baseUrl the chat-completions API's base, e.g. {@code https://api.openai.com/v1}
 * @param model   the model name the endpoint expects
 * @param apiKey  the bearer key, empty for servers that need none; secret
 * @param timeout how long to wait for a connection and for the whole answer
 */
public record ContentWriterConfig(URI baseUrl, String model, Optional<String> apiKey, Duration timeout) {

    public static final String BASE_URL = "laca.content.base-url";
    public static final String MODEL = "laca.content.model";
    public static final String API_KEY = "laca.content.api-key";
    public static final String TIMEOUT_MS = "laca.content.timeout-ms";

    /** Long enough for a small model to write 120 words, short enough that staff are not left waiting. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public ContentWriterConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"https".equals(baseUrl.getScheme()) && !"http".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException(BASE_URL + " must be an http(s) URL");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException(MODEL + " is required when " + BASE_URL + " is set");
        }
        apiKey = Objects.requireNonNull(apiKey, "apiKey").filter(key -> !key.isBlank());
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.toMillis() < 1 || timeout.toMinutes() > 10) {
            throw new IllegalArgumentException(TIMEOUT_MS + " must be 1 to 600000");
        }
    }

    /**
     * The settings from any key-value source (MicroProfile Config in the application); empty when no base URL is set.
     *
     * @throws IllegalArgumentException naming the key (never its value) when a setting is missing or invalid
     */
    public static Optional<ContentWriterConfig> from(Function<String, Optional<String>> source) {
        Optional<String> base = source.apply(BASE_URL).map(String::strip).filter(value -> !value.isEmpty());
        if (base.isEmpty()) {
            return Optional.empty();
        }
        URI url;
        try {
            url = URI.create(base.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(BASE_URL + " is not a URL", e);
        }
        Duration timeout = source.apply(TIMEOUT_MS).map(String::strip).map(value -> {
            try {
                return Duration.ofMillis(Long.parseLong(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(TIMEOUT_MS + " must be a whole number of milliseconds", e);
            }
        }).orElse(DEFAULT_TIMEOUT);
        return Optional.of(new ContentWriterConfig(url, source.apply(MODEL).map(String::strip).orElse(null),
                source.apply(API_KEY), timeout));
    }

    /** The writer these settings describe, or the deterministic template when there are none. */
    public static ContentWriter writer(Optional<ContentWriterConfig> settings) {
        return settings.<ContentWriter>map(s -> new OpenAiCompatibleContentWriter(s.baseUrl(), s.model(), s.apiKey(),
                s.timeout())).orElseGet(TemplateContentWriter::new);
    }

    @Override
    public String toString() {
        return "ContentWriterConfig[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isPresent() ? "(set)" : "(none)") + ", timeout=" + timeout + "]";
    }
}
