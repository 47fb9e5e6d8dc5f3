package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Metrics and the platform administration part of the API description are for whoever runs the platform: the
 * platform administrator's token on the public port, or anyone who can reach the management port.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Metrics and the administration API description are for the platform's operators only")
class OperationsAccessE2EIT {

    private static final String JSON = "application/json";

    @Test
    @DisplayName("Metrics: no token is 401, a clinic owner's token 403, the platform administrator's 200")
    void metricsOnlyForThePlatformAdministrator() {
        Api.Response anonymous = Api.anonymous().get("/metrics");
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.body()).doesNotContain("# TYPE");

        Api.Response owner = Api.withToken(Sessions.demoOwner()).get("/metrics");
        assertThat(owner.status()).as(owner.toString()).isEqualTo(403);
        assertThat(owner.contentType()).startsWith("application/problem+json");
        assertThat(owner.body()).doesNotContain("# TYPE");

        Api.Response admin = Api.withToken(Sessions.platformAdmin()).get("/metrics");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("# TYPE");
    }

    @Test
    @DisplayName("The public API description has no administration section: no paths, tags or schemas of it")
    void publicDescriptionWithoutAdministration() {
        for (Api api : new Api[] {Api.anonymous(), Api.withToken(Sessions.demoOwner())}) {
            Api.Response yaml = api.get("/openapi");
            assertThat(yaml.status()).isEqualTo(200);
            assertThat(yaml.body()).contains("/api/public/{tenantSlug}/bookings", "/api/treatments")
                    .doesNotContain("/api/admin", "CreateTenantRequest", "TenantStatusRequest", "CreatedTenant",
                            "ConnectedAccountRequest", "DeadLetterResponse", "platform admin");

            Api.Response json = api.send("GET", "/openapi", null, Map.of("Accept", JSON));
            assertThat(json.contentType()).startsWith(JSON);
            JsonObject document = json.json();
            assertThat(document.getJsonObject("paths").keySet()).isNotEmpty()
                    .noneMatch(path -> path.startsWith("/api/admin"));
            assertThat(document.getJsonObject("components").getJsonObject("schemas").keySet())
                    .contains("Treatment", "BookingRequest", "Problem")
                    .doesNotContain("Tenant", "CreateTenantRequest", "CreatedTenant", "DeadLetterResponse");
            assertThat(document.getJsonArray("tags").getValuesAs(JsonObject.class))
                    .extracting(tag -> tag.getString("name")).isNotEmpty()
                    .noneMatch(name -> name.contains("platform admin"));
            assertThat(document.containsKey("endpoints")).as("Payara's non-standard endpoints key (issue 13)").isFalse();
        }
    }

    @Test
    @DisplayName("The platform administrator reads the whole API description, administration included")
    void fullDescriptionForThePlatformAdministrator() {
        Api.Response full = Api.withToken(Sessions.platformAdmin()).get("/openapi");
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.body()).contains("/api/admin/tenants", "/api/admin/payments/dead-letters",
                "CreateTenantRequest", "/api/public/{tenantSlug}/bookings");
    }

    @Test
    @DisplayName("On the management port, health, metrics and the whole description need no token; nothing else is there")
    void managementPort() {
        Api management = new Api(RunningServer.get().managementBase(), null);
        assertThat(management.get("/health/ready").status()).isEqualTo(200);
        Api.Response metrics = management.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
        assertThat(management.get("/openapi").body()).contains("/api/admin/tenants");

        for (String path : new String[] {"/api/public/demo-clinic/treatments", "/api/auth/login", "/nothing"}) {
            Api.Response refused = management.get(path);
            assertThat(refused.status()).as("%s on the management port", path).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        URI publicPort = RunningServer.get().base();
        assertThat(publicPort.getPort()).isNotEqualTo(RunningServer.get().managementBase().getPort());
    }
}
