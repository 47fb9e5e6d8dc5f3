package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("Health, metrics and the API description")
class OperationsE2EIT {

    @Test
    @DisplayName("Liveness and readiness (including the database) are UP")
    void health() {
        assertThat(Api.anonymous().get("/health/live").body()).contains("UP");
        Api.Response ready = Api.anonymous().get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("database").contains("UP");
    }

    @Test
    @DisplayName("Readiness has a shutdown check, UP while not draining, that counts the requests in flight")
    void shutdownDrainCheck() {
        Api.Response ready = Api.anonymous().get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"shutdown\"").containsPattern("\"inFlight\"\\s*:\\s*\"?[0-9]");
    }

    @Test
    @DisplayName("The API description types parameters from their declarations: dates, ids and page numbers")
    void typedParameters() {
        jakarta.json.JsonObject document = Api.anonymous().get("/openapi?format=json").json();
        jakarta.json.JsonObject paths = document.getJsonObject("paths");

        assertThat(schemaOf(paths, "/api/public/{tenantSlug}/availability", "from").toString())
                .contains("\"format\":\"date\"");
        assertThat(schemaOf(paths, "/api/public/{tenantSlug}/availability", "treatment").toString())
                .contains("\"format\":\"uuid\"");
        assertThat(schemaOf(paths, "/api/locations", "size").toString()).contains("\"type\":\"integer\"");
        jakarta.json.JsonObject treatment = document.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("TreatmentRequest");
        assertThat(treatment.getJsonObject("properties").getJsonObject("category").toString())
                .as("the category's values, from the enum its @OneOf names").contains("\"enum\"", "ANTI_WRINKLE");
        assertThat(treatment.getJsonArray("required").toString()).contains("durationMinutes", "priceMinorUnits");
    }

    private static jakarta.json.JsonObject schemaOf(jakarta.json.JsonObject paths, String path, String parameter) {
        return paths.getJsonObject(path).getJsonObject("get").getJsonArray("parameters")
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(p -> parameter.equals(p.getString("name"))).findFirst().orElseThrow()
                .getJsonObject("schema");
    }

    @Test
    @DisplayName("The OpenAPI document describes every endpoint with schemas")
    void openApi() {
        Api.Response openapi = Api.anonymous().get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/auth/login", "/api/auth/refresh", "/api/auth/logout",
                "/api/locations", "/api/practitioners", "/api/resources", "/api/treatments",
                "/api/public/{tenantSlug}/treatments", "/api/staff", "components", "schemas", "example");
    }

    @Test
    @DisplayName("Metrics are published (to the platform administrator)")
    void metrics() {
        Api.Response metrics = Api.withToken(Sessions.platformAdmin()).get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).isNotBlank();
    }
}
