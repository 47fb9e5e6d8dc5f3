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
