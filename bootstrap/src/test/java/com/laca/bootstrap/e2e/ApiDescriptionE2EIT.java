package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The served API description is a valid OpenAPI document that integrators can generate clients from: it passes
 * swagger-parser's validation, and the rules our own generator could break (unique operation ids, tags, security,
 * Payara's noise) are checked by name, so a new endpoint that breaks one says which operation and which rule.
 */
@ExtendWith(RunningServer.class)
@DisplayName("The API description")
class ApiDescriptionE2EIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String UNAUTHORIZED = "#/components/responses/Unauthorized";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @DisplayName("as the platform administrator reads it (every path) is valid OpenAPI with no error or warning")
    void fullDocumentIsValid() {
        String document = description(Sessions.platformAdmin());
        assertThat(problemsOf(document)).as("swagger-parser's messages on the full /openapi").isEmpty();
        assertThat(ruleBreaches(json(document))).as("operations breaking the API description's rules").isEmpty();
        assertThat(json(document).getJsonObject("paths")).containsKey("/api/admin/tenants");
    }

    @Test
    @DisplayName("as anyone reads it (no administration section) is valid OpenAPI with no error or warning")
    void publicDocumentIsValid() {
        String document = description(null);
        assertThat(problemsOf(document)).as("swagger-parser's messages on the public /openapi").isEmpty();
        assertThat(ruleBreaches(json(document))).as("operations breaking the API description's rules").isEmpty();
        assertThat(json(document).getJsonObject("paths")).doesNotContainKey("/api/admin/tenants");
    }

    @Test
    @DisplayName("can be browsed with Swagger UI at /openapi/ui")
    void browsable() {
        Api.Response page = Api.anonymous().get("/openapi/ui/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui-bundle.js", "laca-explorer.js");
        assertThat(page.header("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        Api.Response bundle = Api.anonymous().get("/openapi/ui/swagger-ui-bundle.js");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.contentType()).startsWith("text/javascript");
        assertThat(Api.anonymous().get("/openapi/ui/laca-explorer.js").body()).contains("/openapi?format=json");
        assertThat(Api.anonymous().get("/openapi/ui/../../api/staff").status()).isNotEqualTo(200);
        assertThat(Api.anonymous().get("/openapi/ui/pom.xml").status()).isEqualTo(404);
    }

    /** swagger-parser's validation messages (errors and warnings alike), one per line. */
    static List<String> problemsOf(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        List<String> problems = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        if (result.getOpenAPI() == null) {
            problems.add("not an OpenAPI document at all");
        }
        return problems;
    }

    /** Each breach as "METHOD path: rule", so a failing build names the operation to fix. */
    static List<String> ruleBreaches(JsonObject document) {
        List<String> breaches = new ArrayList<>();
        if (document.containsKey("endpoints")) {
            breaches.add("top level: Payara's non-standard 'endpoints' key is served");
        }
        Map<String, String> operationIds = new TreeMap<>();
        document.getJsonObject("paths").forEach((path, item) -> ((JsonObject) item).forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String where = method.toUpperCase() + " " + path;
            JsonObject operation = (JsonObject) value;
            String id = operation.getString("operationId", null);
            if (id == null || id.isBlank()) {
                breaches.add(where + ": no operationId (@Operation(operationId = ...))");
            } else if (operationIds.putIfAbsent(id, where) != null) {
                breaches.add(where + ": operationId '" + id + "' is also used by " + operationIds.get(id));
            }
            if (!(operation.get("tags") instanceof JsonArray tags) || tags.isEmpty()) {
                breaches.add(where + ": no tag (@Tag on the resource)");
            }
            if (!(operation.get("security") instanceof JsonArray security)) {
                breaches.add(where + ": no security requirement, not even the public 'security: []'");
            } else if (security.isEmpty() && operation.getJsonObject("responses").get("401") instanceof JsonObject no
                    && UNAUTHORIZED.equals(no.getString("$ref", ""))) {
                breaches.add(where + ": answers 'no valid access token' but declares no security "
                        + "(@SecurityRequirement(name = \"bearerJwt\") on the resource)");
            }
            if (operation.get("parameters") instanceof JsonArray parameters) {
                parameters.getValuesAs(JsonObject.class).stream()
                        .filter(p -> "path".equals(p.getString("in", "")) && !p.getBoolean("required", false))
                        .forEach(p -> breaches.add(where + ": path parameter " + p.getString("name")
                                + " not required"));
            }
        }));
        noise(document, "", breaches);
        return breaches;
    }

    /** Payara's generator noise anywhere in the document: values that forbid every property or say nothing. */
    private static void noise(JsonValue value, String at, List<String> breaches) {
        if (value instanceof JsonObject object) {
            if (Integer.valueOf(0).equals(number(object.get("maxProperties")))) {
                breaches.add(at + ": maxProperties 0 (no property allowed)");
            }
            if (JsonValue.FALSE.equals(object.get("exclusiveMaximum"))
                    || JsonValue.FALSE.equals(object.get("exclusiveMinimum"))) {
                breaches.add(at + ": exclusiveMaximum/exclusiveMinimum false");
            }
            if (Integer.valueOf(0).equals(number(object.get("minLength")))) {
                breaches.add(at + ": minLength 0");
            }
            object.forEach((key, member) -> noise(member, at + "/" + key, breaches));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                noise(array.get(i), at + "/" + i, breaches);
            }
        }
    }

    private static Integer number(JsonValue value) {
        return value instanceof JsonNumber n && n.isIntegral() ? n.intValue() : null;
    }

    private static JsonObject json(String document) {
        try (var reader = Json.createReader(new StringReader(document))) {
            return reader.readObject();
        }
    }

    /** The description as JSON; the first request may still wait for Payara to build it. */
    private static String description(String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(RunningServer.get().base().resolve("/openapi?format=json"))
                .timeout(Duration.ofSeconds(180)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET /openapi").isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
