package com.laca.adapter.notifications.sms;

import com.laca.application.notification.port.out.DeliveryReceipt;
import com.laca.application.notification.port.out.DeliveryRefusedException;
import com.laca.application.notification.port.out.DeliveryUnavailableException;
import com.laca.application.notification.port.out.SmsMessage;
import com.laca.application.notification.port.out.SmsSender;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends SMS through Twilio's Messages API: a form-encoded {@code POST} to the account's {@code Messages.json} with
 * basic authentication, answered with the message's JSON.
 *
 * <p>Twilio's Messages API takes no idempotency key, and a request that timed out may still have been sent. So a
 * retry (attempt 2 and later) first lists the messages Twilio holds for the number since the day before and, if one
 * with exactly this text is there, answers with it instead of sending again. Each message's status callback URL
 * carries our id, so delivery reports find their outbox message.
 *
 * <p>Errors are reported by HTTP status and Twilio error code only, never with the number or the text.
 */
public final class TwilioSmsSender implements SmsSender {

    /** The query parameter of the status callback URL that carries our message id. */
    public static final String NOTIFICATION_PARAMETER = "notification";

    /** Twilio error codes that mean this recipient can never get this message: retrying cannot help. */
    private static final Set<Integer> RECIPIENT_REFUSALS = Set.of(
            21211, // invalid 'To' number
            21408, // no permission to send to the number's region
            21610, // the recipient replied STOP
            21612, // no route to the number
            21614, // not a mobile number
            21635); // not a valid mobile for this sender

    /**
     * Made once: {@code Json.createReader(…)} looks the JSON provider up through the service loader on every call,
     * which scans the application's class path each time.
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private final TwilioConfig config;
    private final HttpClient http;
    private final Clock clock;
    private final String authorization;
    private final URI messages;

    public TwilioSmsSender(TwilioConfig config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (config.accountSid() + ":" + config.authToken()).getBytes(StandardCharsets.UTF_8));
        this.messages = config.apiBase().resolve("/2010-04-01/Accounts/" + config.accountSid() + "/Messages.json");
    }

    @Override
    public DeliveryReceipt send(SmsMessage message) {
        if (message.attempt() > 1) {
            Optional<String> earlier = sentEarlier(message);
            if (earlier.isPresent()) {
                return new DeliveryReceipt(earlier.get());
            }
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", message.to().value());
        form.put(config.sendsThroughMessagingService() ? "MessagingServiceSid" : "From", config.from());
        form.put("Body", message.body());
        config.statusCallback().ifPresent(callback -> form.put("StatusCallback",
                callback + (callback.getQuery() == null ? "?" : "&") + NOTIFICATION_PARAMETER + "=" + message.id()));
        HttpRequest request = HttpRequest.newBuilder(messages)
                .timeout(config.readTimeout())
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response = exchange(request, true);
        if (response.statusCode() / 100 != 2) {
            throw failure(response);
        }
        try {
            return new DeliveryReceipt(read(response.body()).getString("sid"));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new DeliveryUnavailableException("Twilio answered " + response.statusCode()
                    + " with an unreadable message", true, e);
        }
    }

    /** The sid of a message with this text to this number that Twilio already holds, if any. */
    private Optional<String> sentEarlier(SmsMessage message) {
        LocalDate since = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        URI list = URI.create(messages + "?" + encode(Map.of("To", message.to().value(),
                "DateSent>", since.toString(), "PageSize", "50")));
        HttpRequest request = HttpRequest.newBuilder(list)
                .timeout(config.readTimeout())
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = exchange(request, false);
        if (response.statusCode() != 200) {
            throw new DeliveryUnavailableException("Twilio could not list earlier messages: HTTP "
                    + response.statusCode(), true, null);
        }
        try {
            return read(response.body()).getJsonArray("messages").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(sent -> message.to().value().equals(sent.getString("to", null))
                            && message.body().equals(sent.getString("body", null)))
                    .map(sent -> sent.getString("sid"))
                    .findFirst();
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new DeliveryUnavailableException("Twilio listed earlier messages unreadably", true, e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request, boolean sending) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new DeliveryUnavailableException("Twilio unreachable", false, e);
        } catch (HttpTimeoutException e) {
            throw new DeliveryUnavailableException("Twilio timed out", sending, e);
        } catch (IOException e) {
            if (e.getCause() instanceof ConnectException) {
                throw new DeliveryUnavailableException("Twilio unreachable", false, e);
            }
            throw new DeliveryUnavailableException("Twilio connection failed", sending, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryUnavailableException("interrupted while sending to Twilio", sending, e);
        }
    }

    /** Maps Twilio's error answer onto the port's kinds by HTTP status and Twilio error code. */
    private static RuntimeException failure(HttpResponse<String> response) {
        int status = response.statusCode();
        Optional<Integer> code = errorCode(response.body());
        String what = "Twilio HTTP " + status + code.map(c -> ", error " + c).orElse("");
        if (status >= 500) {
            // Twilio documents that a 5xx on sending may still have sent the message
            return new DeliveryUnavailableException(what, true, null);
        }
        if (status == 400 && code.filter(RECIPIENT_REFUSALS::contains).isPresent()) {
            return new DeliveryRefusedException(what);
        }
        // 401/403/404 (our credentials or account), 429 (rate limit), other 400s (e.g. our sender number): the message
        // is fine, the platform's set-up or load is not, so keep it and try again later
        return new DeliveryUnavailableException(what, false, null);
    }

    private static Optional<Integer> errorCode(String body) {
        try {
            JsonObject error = read(body);
            return error.containsKey("code") && error.get("code").getValueType() == JsonValue.ValueType.NUMBER
                    ? Optional.of(error.getInt("code")) : Optional.empty();
        } catch (JsonException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
