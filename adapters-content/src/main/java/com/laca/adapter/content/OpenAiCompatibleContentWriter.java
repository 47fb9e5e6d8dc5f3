package com.laca.adapter.content;

import com.laca.application.clinic.port.out.ContentWriter;
import com.laca.domain.clinic.DescriptionDraft;
import com.laca.application.clinic.port.out.ContentWriterException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks any OpenAI-compatible {@code /chat/completions} endpoint (a hosted service or a local model server) for a
 * draft, through the JDK's HTTP client and JSON-B; every failure, including no answer in time, becomes a
 * {@link ContentWriterException}, and no key or answer body is ever put into a message.
 */
public final class OpenAiCompatibleContentWriter implements ContentWriter {

    private static final int MAX_DRAFT = 2000;

    private final HttpClient http;
    private final URI endpoint;
    private final String model;
    private final Optional<String> apiKey;
    private final Duration timeout;
    private final Jsonb jsonb = JsonbBuilder.create();

    /**
     * @param baseUrl e.g. {@code https://api.openai.com/v1} or {@code http://127.0.0.1:11434/v1}
     * @param apiKey  sent as a bearer token when present (local servers often need none)
     */
    public OpenAiCompatibleContentWriter(URI baseUrl, String model, Optional<String> apiKey, Duration timeout) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        this.endpoint = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/chat/completions");
        this.model = Objects.requireNonNull(model, "model");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey").filter(k -> !k.isBlank());
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String draftTreatmentDescription(Brief brief) {
        ChatRequest request = new ChatRequest(model, List.of(
                new Message("system", "You write short treatment descriptions for an aesthetics clinic's booking page, "
                        + "in British English, in the clinic's tone: " + brief.tone() + ". Describe what happens and "
                        + "how long it takes. Make no medical claims or promises of results, give no medical advice, "
                        + "and do not mention prices. At most 120 words, plain text."),
                new Message("user", "Clinic: " + brief.clinicName() + "\nTreatment: " + brief.treatmentName()
                        + "\nCategory: " + brief.category() + "\nDuration: " + brief.durationMinutes() + " minutes")),
                0.4);
        HttpRequest.Builder http = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonb.toJson(request)));
        apiKey.ifPresent(key -> http.header("Authorization", "Bearer " + key));
        HttpResponse<String> response;
        try {
            response = this.http.send(http.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ContentWriterException("the writing service did not answer within " + timeout, e);
        } catch (IOException e) {
            throw new ContentWriterException("the writing service could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContentWriterException("interrupted while waiting for the writing service", e);
        }
        if (response.statusCode() != 200) {
            throw new ContentWriterException("the writing service answered HTTP " + response.statusCode(), null);
        }
        try {
            ChatResponse answer = jsonb.fromJson(response.body(), ChatResponse.class);
            String text = answer == null || answer.choices == null || answer.choices.isEmpty()
                    || answer.choices.get(0).message == null ? null : answer.choices.get(0).message.content;
            if (text == null || text.isBlank()) {
                throw new ContentWriterException("the writing service gave no text", null);
            }
            String draft = text.strip();
            return draft.length() > MAX_DRAFT ? draft.substring(0, MAX_DRAFT) : draft;
        } catch (JsonbException e) {
            throw new ContentWriterException("the writing service's answer was not chat-completions JSON", e);
        }
    }

    @Override
    public DescriptionDraft.Source source() {
        return DescriptionDraft.Source.MODEL;
    }

    /** The request body of {@code POST /chat/completions}. */
    public record ChatRequest(String model, List<Message> messages, double temperature) {
    }

    /** One chat message. */
    public record Message(String role, String content) {
    }

    /** The part of the answer read here; everything else is ignored. */
    public static final class ChatResponse {
        public List<Choice> choices;
    }

    /** One choice of the answer. */
    public static final class Choice {
        public Message message;
    }
}
