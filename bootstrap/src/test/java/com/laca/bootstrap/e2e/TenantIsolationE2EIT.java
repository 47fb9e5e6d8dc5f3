package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("One clinic can never see or touch another clinic's data")
class TenantIsolationE2EIT {

    private static Api demo;
    private static Api other;

    @BeforeAll
    static void signInBothOwners() {
        demo = Api.withToken(Sessions.demoOwner());
        other = Api.withToken(Sessions.otherOwner());
    }

    private static List<JsonObject> all(Api api, String collection) {
        return api.get("/api/" + collection + "?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    @ParameterizedTest(name = "/api/{0}")
    @ValueSource(strings = {"locations", "practitioners", "resources", "treatments"})
    @DisplayName("With its own token, the other clinic cannot list, read, update or delete the demo clinic's records")
    void noCrossTenantAccess(String collection) {
        List<JsonObject> demoRecords = all(demo, collection);
        assertThat(demoRecords).isNotEmpty();
        List<String> otherIds = all(other, collection).stream().map(o -> o.getString("id")).toList();

        for (JsonObject record : demoRecords) {
            String id = record.getString("id");
            String path = "/api/" + collection + "/" + id;
            assertThat(otherIds).doesNotContain(id);
            assertThat(other.get(path).status()).as("GET " + path).isEqualTo(404);
            assertThat(other.put(path, record.toString(), Sessions.ifMatch(record.getJsonNumber("version").longValue()))
                    .status()).as("PUT " + path).isIn(400, 404);
            assertThat(other.delete(path, Sessions.ifMatch(record.getJsonNumber("version").longValue())).status())
                    .as("DELETE " + path).isEqualTo(404);
        }
        assertThat(all(demo, collection)).as("the demo clinic's records are unchanged").isEqualTo(demoRecords);
    }

    @Test
    @DisplayName("Each public menu shows only its own clinic's treatments")
    void publicMenus() {
        String demoMenu = Api.anonymous().get("/api/public/" + Sessions.DEMO + "/treatments").body();
        String otherMenu = Api.anonymous().get("/api/public/" + Sessions.OTHER + "/treatments").body();
        assertThat(demoMenu).contains("Anti-wrinkle").doesNotContain("HydraFacial");
        assertThat(otherMenu).contains("HydraFacial").doesNotContain("Anti-wrinkle");
    }

    @Test
    @DisplayName("An unknown clinic's public menu is a 404 problem")
    void unknownClinic() {
        Api.Response response = Api.anonymous().get("/api/public/no-such-clinic/treatments");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("A record created with a tenant named in the body still belongs to the caller's own clinic")
    void tenantInBodyIsIgnored() {
        Api.Response created = other.post("/api/locations", """
                {"name": "Sneaky", "zone": "Europe/London", "tenant": "demo-clinic", "tenantId": "demo-clinic",
                 "address": {"line1": "1 Sneak St", "city": "Leeds", "postcode": "LS1 1AA", "country": "GB"}}""");
        assertThat(created.status()).isIn(201, 400);
        assertThat(all(demo, "locations")).noneMatch(l -> l.getString("name").equals("Sneaky"));
        if (created.status() == 201) {
            other.delete("/api/locations/" + created.string("id"), Map.of("If-Match", "\"0\""));
        }
    }
}
