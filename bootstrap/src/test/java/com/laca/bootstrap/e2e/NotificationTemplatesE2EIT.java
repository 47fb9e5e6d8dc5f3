package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A clinic's own templates and the Twilio callbacks on the running server (issue 12): list, preview, a refused and a
 * stored template, going back to the default, and the callback endpoints without Twilio configured. Uses the SMS
 * reminder slot, which no other test reads, and resets it.
 */
@ExtendWith(RunningServer.class)
class NotificationTemplatesE2EIT {

    private static final String SLOT = "/api/notifications/templates/appointment-reminder/sms/en-GB";

    @Test
    @DisplayName("The owner lists, previews, stores and resets a template; clinical words are refused")
    void templates() {
        Api owner = Api.withToken(Sessions.demoOwner());
        Api.Response list = owner.get("/api/notifications/templates");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.body()).contains("\"kind\":\"booking-confirmed\"").contains("\"channel\":\"email\"");

        Api.Response preview = owner.post(SLOT + "/preview", "{}");
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().getJsonArray("problems")).isEmpty();
        assertThat(preview.string("text")).isNotBlank();

        Api.Response refused = owner.put(SLOT, """
                {"text": "{{clinic.name}}: your Botox top-up is on {{appointment.startShort}}"}""", Map.of());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().toLowerCase()).contains("botox");

        try {
            Api.Response stored = owner.put(SLOT, """
                    {"text": "{{clinic.name}}: see you {{appointment.startShort}}. {{link.manage}}"}""", Map.of());
            assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
            JsonObject entry = owner.get("/api/notifications/templates").structure().asJsonArray()
                    .getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("kind").equals("appointment-reminder")
                            && e.getString("channel").equals("sms")).findFirst().orElseThrow();
            assertThat(entry.getBoolean("customised")).isTrue();
        } finally {
            Api.Response reset = owner.delete(SLOT, Map.of());
            assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
        }
        assertThat(owner.delete(SLOT, Map.of()).status()).isEqualTo(404);
        assertThat(owner.post("/api/notifications/templates/no-such-kind/sms/en-GB/preview", "{}").status())
                .isEqualTo(400);
        assertThat(Api.withToken(Sessions.newDemoStaff(java.util.Set.of("PRACTITIONER"))).get("/api/notifications/templates").status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("The owner reads and changes which treatment names texts may show; a bad value is refused")
    void treatmentNaming() {
        Api owner = Api.withToken(Sessions.demoOwner());
        Api.Response read = owner.get("/api/notifications/settings");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.string("smsTreatmentNames")).isEqualTo("HIDE_INJECTABLES");
        try {
            Api.Response changed = owner.put("/api/notifications/settings",
                    "{\"smsTreatmentNames\": \"HIDE_ALL\"}", Map.of());
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(owner.get("/api/notifications/settings").string("smsTreatmentNames")).isEqualTo("HIDE_ALL");
            assertThat(owner.put("/api/notifications/settings", "{\"smsTreatmentNames\": \"SOMETIMES\"}",
                    Map.of()).status()).isEqualTo(400);
        } finally {
            owner.put("/api/notifications/settings", "{\"smsTreatmentNames\": \"HIDE_INJECTABLES\"}", Map.of());
        }
    }

    @Test
    @DisplayName("Without Twilio configured the callback endpoints answer 404 and believe nothing")
    void twilioNotConfigured() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(RunningServer.get().base() + "/api/webhooks/twilio/inbound"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", "forged")
                .POST(HttpRequest.BodyPublishers.ofString("From=%2B447700900123&Body=STOP")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
