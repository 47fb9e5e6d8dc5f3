package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("Bean Validation on a request record answers as the hand-written checks do")
class BeanValidationE2EIT {

    @Test
    @DisplayName("a connected account without its id: 400 problem+json naming connectedAccountId, as before")
    void missingField() {
        Api admin = Api.withToken(Sessions.platformAdmin());
        String tenantId = admin.get("/api/admin/tenants?size=100").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(t -> t.getString("slug").equals(Sessions.OTHER))
                .findFirst().orElseThrow().getString("id");

        Api.Response refused = admin.put("/api/admin/payments/accounts/" + tenantId, "{}", Map.of());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.string("type")).isEqualTo("https://laca.dev/problems/validation");
        assertThat(refused.string("detail")).isEqualTo("connectedAccountId: is required");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("connectedAccountId");
    }

    @Test
    @DisplayName("a clinic owner is refused with 403 before the body is judged")
    void permissionFirst() {
        assertThat(Api.withToken(Sessions.otherOwner()).put("/api/admin/payments/accounts/"
                + java.util.UUID.randomUUID(), "{}", Map.of()).status()).isEqualTo(403);
    }
}
