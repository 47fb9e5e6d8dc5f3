package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sends truncated and broken JSON of every shape to every endpoint that takes a body, as listed by the running
 * server's own OpenAPI document (so a new endpoint is swept without anyone remembering to add it): each must be
 * answered with a 400 problem at once, and no worker may be left spinning afterwards.
 */
@ExtendWith(RunningServer.class)
@DisplayName("A truncated or broken JSON body is refused at once and leaves nothing running")
class TruncatedBodyE2EIT {

    /**
     * A document with every JSON construct, nested under a property no request record has (JSON-B skips those), so
     * that its prefixes end inside objects, arrays, strings, escapes, numbers and literals at every depth.
     */
    private static final String WHOLE = """
            {"zz":{"a":[1,-2.5e3,"x\\"y\\u00e9",true,false,null,{"b":[[]]}],"c":{}},"name":"n"}""";
    /** Closed but broken, or broken inside a skipped value: the parser must read them to the end, too. */
    private static final List<String> BROKEN = List.of("{\"a\":{]}", "{\"a\":[}]", "{\"a\":{\"b\" 1}}",
            "{\"a\":{},}", "{\"a\":1} trailing", "{\"a\":1}{\"b\":2}", "[" .repeat(5_000), "{\"a\":" + "[".repeat(100)
                    + "]".repeat(100) + "}", "{\"zz\":[\"\\u12\"]}", "{\"zz\":\"\\x\"}");
    private static final Duration PROMPT = Duration.ofSeconds(1);
    private static final Duration NO_ANSWER = Duration.ofSeconds(5);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(NO_ANSWER).build();

    private static String ownerToken;
    private static String adminToken;
    private static String traineeToken;

    @BeforeAll
    static void signIn() {
        ownerToken = Sessions.demoOwner();
        adminToken = Sessions.platformAdmin();
        traineeToken = Sessions.newDemoTrainee();
    }

    /** One operation with a request body, and the bearer token that gets it past sign-in to the body reader. */
    record BodyEndpoint(String method, String path, String token) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<String> shapes() {
        List<String> shapes = new ArrayList<>(IntStream.range(1, WHOLE.length()).mapToObj(n -> WHOLE.substring(0, n))
                .toList());
        shapes.addAll(BROKEN);
        return shapes;
    }

    /** Every operation the server documents with a request body, its path variables filled with harmless values. */
    static List<BodyEndpoint> bodyEndpoints() {
        Api.Response document = Api.anonymous().send("GET", "/openapi", null, Map.of("Accept", "application/json"));
        assertThat(document.status()).as("the OpenAPI document").isEqualTo(200);
        List<BodyEndpoint> endpoints = new ArrayList<>();
        JsonObject paths = document.json().getJsonObject("paths");
        paths.forEach((path, operations) -> operations.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == JsonValue.ValueType.OBJECT
                    && operation.asJsonObject().containsKey("requestBody") && takesJson(operation.asJsonObject())) {
                endpoints.add(new BodyEndpoint(method.toUpperCase(), concrete(path), tokenFor(path)));
            }
        }));
        return endpoints;
    }

    /** A body documented as JSON; form posts (Twilio's callbacks) and uploads answer other bodies with 415. */
    private static boolean takesJson(JsonObject operation) {
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        return content == null || content.keySet().stream().anyMatch(type -> type.contains("json"));
    }

    private static String concrete(String path) {
        return path.replace("{tenantSlug}", Sessions.DEMO).replace("{date}", "2031-01-06")
                .replace("{manageToken}", "m".repeat(80)).replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
    }

    private static String tokenFor(String path) {
        if (path.startsWith("/api/admin/")) {
            return adminToken;
        }
        if (path.startsWith("/api/academy/me/")) {
            return traineeToken;
        }
        return path.startsWith("/api/public/") || path.startsWith("/api/auth/") || path.startsWith("/api/webhooks/")
                ? null : ownerToken;
    }

    @Test
    @DisplayName("Every body endpoint answers every truncated or broken body with a 400 problem within a second")
    void truncatedBodiesAreRefusedAtOnce() throws Exception {
        List<BodyEndpoint> endpoints = bodyEndpoints();
        assertThat(endpoints).as("body endpoints in /openapi").hasSizeGreaterThan(20)
                .extracting(BodyEndpoint::toString).contains("POST /api/auth/login", "POST /api/treatments",
                        "POST /api/public/demo-clinic/bookings");
        for (BodyEndpoint endpoint : endpoints) {
            for (String body : shapes()) {
                isPromptBadRequest(endpoint, body);
            }
        }
    }

    @Test
    @DisplayName("After a burst of truncated bodies the server is idle again: no worker keeps spinning")
    void noWorkerKeepsSpinning() throws Exception {
        for (BodyEndpoint endpoint : bodyEndpoints()) {
            isPromptBadRequest(endpoint, "{\"zz\":[");
            isPromptBadRequest(endpoint, "{\"a\":{");
        }
        Thread.sleep(2_000);
        Duration before = RunningServer.get().cpuTime();
        Thread.sleep(3_000);
        Duration used = RunningServer.get().cpuTime().minus(before);
        assertThat(used).as("CPU the idle server used in 3 s").isLessThan(Duration.ofSeconds(1));
        assertThat(Api.anonymous().get("/health/live").status()).isEqualTo(200);
    }

    private static void isPromptBadRequest(BodyEndpoint endpoint, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(RunningServer.get().base().resolve(endpoint.path()))
                .timeout(NO_ANSWER).header("Content-Type", "application/json")
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body));
        if (endpoint.token() != null) {
            request.header("Authorization", "Bearer " + endpoint.token());
        }
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            fail("%s with body %s: no answer within %s", endpoint, abbreviated(body), NO_ANSWER);
            return;
        } catch (IOException e) {
            fail("%s with body %s: %s", endpoint, abbreviated(body), e);
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String what = endpoint + " with body " + abbreviated(body) + " → " + response.statusCode() + " "
                + response.body();
        // a PATCH takes only application/merge-patch+json: a JSON body is refused (415) before it is read
        assertThat(response.statusCode()).as(what).isEqualTo("PATCH".equals(endpoint.method()) ? 415 : 400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what)
                .startsWith("application/problem+json");
        assertThat(took).as("time to answer " + what).isLessThan(PROMPT);
    }

    private static String abbreviated(String body) {
        return body.length() <= 60 ? body : body.substring(0, 60) + "… (" + body.length() + " characters)";
    }
}
