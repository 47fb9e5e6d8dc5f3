package com.laca.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small HTTP client for the tests: JSON in, status + headers + JSON out, with an optional bearer token. */
public final class Api {

    private static final HttpClient CLIENT = newClient();

    private final URI base;
    private final String token;

    public Api(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** An anonymous client of the running server. */
    public static Api anonymous() {
        return new Api(RunningServer.get().base(), null);
    }

    /** A client of the running server sending the given bearer token. */
    public static Api withToken(String token) {
        return new Api(RunningServer.get().base(), token);
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    public Response put(String path, String json, Map<String, String> headers) {
        return send("PUT", path, json, headers);
    }

    public Response delete(String path, Map<String, String> headers) {
        return send("DELETE", path, null, headers);
    }

    /**
     * Posts a large body the way well-behaved clients do, announcing it with {@code Expect: 100-continue}, so a
     * refusal arrives before the body is sent; on a connection of its own, since one taken from the shared pool may
     * be one the server has just closed, which fails as "header parser received no bytes" before any answer.
     */
    public Response postLarge(String path, String json) {
        return send(newClient(), request("POST", path, json, Map.of()).expectContinue(true));
    }

    /** Sends any request; the body, when present, is sent as {@code application/json} unless a header says else. */
    public Response send(String method, String path, String json, Map<String, String> headers) {
        return send(request(method, path, json, headers));
    }

    private HttpRequest.Builder request(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return request;
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static Response send(HttpRequest.Builder request) {
        return send(CLIENT, request);
    }

    private static Response send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String string(String field) {
            JsonValue value = json().get(field);
            return value == null || value == JsonValue.NULL ? null : json().getString(field);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
