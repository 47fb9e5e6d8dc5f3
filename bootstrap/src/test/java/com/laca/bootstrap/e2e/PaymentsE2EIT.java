package com.laca.bootstrap.e2e;

import com.laca.adapter.payments.stripe.StripeEvents;
import com.laca.adapter.payments.stripe.StripeSignatures;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(RunningServer.class)
@DisplayName("Payments on the running server, against a Stripe-shaped server")
class PaymentsE2EIT {

    private static final String WEBHOOK = "/api/webhooks/stripe";

    private static Api.Response deliver(String payload, String signature) {
        return Api.anonymous().send("POST", WEBHOOK, payload,
                signature == null ? Map.of() : Map.of("Stripe-Signature", signature));
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static String succeeded(String eventId, String metadata) {
        return StripeEvents.event(eventId, "payment_intent.succeeded", now(), "acct_e2e",
                StripeEvents.paymentIntent("pi_" + UUID.randomUUID().toString().replace("-", ""), 5_000, "succeeded",
                        metadata));
    }

    private static Api.Response deadLetter(String eventId) {
        return Api.withToken(Sessions.platformAdmin()).get("/api/admin/payments/dead-letters/" + eventId);
    }

    @Test
    @DisplayName("webhook signatures: valid and pretty-printed are accepted; tampered, wrong secret, stale, missing are 400")
    void signatures() {
        String secret = RunningServer.WEBHOOK_SECRET;
        String payload = succeeded("evt_" + UUID.randomUUID(), "{}");
        String pretty = payload.replace(",\"", ",\n    \"").replace("{\"", "{\n  \"");

        assertThat(deliver(payload, StripeSignatures.header(payload, secret, now())).status()).isEqualTo(204);
        assertThat(deliver(pretty, StripeSignatures.header(pretty, secret, now())).status()).isEqualTo(204);

        String tamperedId = "evt_tampered_" + UUID.randomUUID();
        String original = succeeded(tamperedId, "{\"tenant\":\"" + UUID.randomUUID() + "\",\"appointment\":\""
                + UUID.randomUUID() + "\"}");
        String signature = StripeSignatures.header(original, secret, now());
        Api.Response tampered = deliver(original.replace("5000", "1"), signature);
        Api.Response wrongSecret = deliver(original, StripeSignatures.header(original, "whsec_wrong", now()));
        Api.Response stale = deliver(original, StripeSignatures.header(original, secret, now() - 3_600));
        Api.Response missing = deliver(original, null);

        for (Api.Response rejected : new Api.Response[] {tampered, wrongSecret, stale, missing}) {
            assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
            assertThat(rejected.contentType()).startsWith("application/problem+json");
        }
        // our metadata on an unknown intent would have been dead-lettered had any of them reached the use case
        assertThat(deadLetter(tamperedId).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("an event that cannot be applied is a 500, kept as a dead letter the administrator lists and replays")
    void deadLetters() {
        String eventId = "evt_dead_" + UUID.randomUUID();
        String payload = succeeded(eventId, "{\"tenant\":\"" + UUID.randomUUID() + "\",\"appointment\":\""
                + UUID.randomUUID() + "\"}");

        Api.Response failed = deliver(payload, StripeSignatures.header(payload, RunningServer.WEBHOOK_SECRET, now()));
        assertThat(failed.status()).as(failed.toString()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");

        JsonObject letter = deadLetter(eventId).json();
        assertThat(letter.getInt("attempts")).isEqualTo(1);
        assertThat(letter.getString("error")).startsWith("IllegalStateException").doesNotContain("\tat ");
        assertThat(letter.getString("payload")).isEqualTo(payload);
        Api admin = Api.withToken(Sessions.platformAdmin());
        assertThat(admin.get("/api/admin/payments/dead-letters").body()).contains(eventId);

        Api.Response replayed = admin.post("/api/admin/payments/dead-letters/" + eventId + "/replay", null);
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(500);
        assertThat(deadLetter(eventId).json().getInt("attempts")).isEqualTo(2);

        assertThat(Api.withToken(Sessions.demoOwner()).get("/api/admin/payments/dead-letters").status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("only the platform administrator links a clinic to its Stripe connected account")
    void connectedAccount() {
        Api admin = Api.withToken(Sessions.platformAdmin());
        String tenantId = admin.get("/api/admin/tenants?size=100").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(t -> t.getString("slug").equals(Sessions.OTHER))
                .findFirst().orElseThrow().getString("id");
        String account = "acct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

        Api.Response set = admin.put("/api/admin/payments/accounts/" + tenantId,
                "{\"connectedAccountId\": \"" + account + "\"}", Map.of());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(admin.get("/api/admin/payments/accounts/" + tenantId).string("connectedAccountId"))
                .isEqualTo(account);
        assertThat(Api.withToken(Sessions.otherOwner()).put("/api/admin/payments/accounts/" + tenantId,
                "{\"connectedAccountId\": \"acct_mine\"}", Map.of()).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("staff payment endpoints: unknown appointment 404, refund needs an Idempotency-Key, front desk may not refund")
    void staffEndpoints() {
        Api owner = Api.withToken(Sessions.demoOwner());
        String path = "/api/payments/appointments/" + UUID.randomUUID();

        Api.Response ledger = owner.get(path);
        assertThat(ledger.status()).as(ledger.toString()).isEqualTo(404);
        Api.Response noKey = owner.post(path + "/refunds", "{\"reason\": \"GOODWILL\"}");
        assertThat(noKey.status()).as(noKey.toString()).isEqualTo(428);
        assertThat(noKey.contentType()).startsWith("application/problem+json");
        Api.Response unknown = owner.send("POST", path + "/refunds", "{\"reason\": \"GOODWILL\"}",
                Map.of("Idempotency-Key", "k-1"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);

        Api frontDesk = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK")));
        assertThat(frontDesk.send("POST", path + "/refunds", "{\"reason\": \"GOODWILL\"}",
                Map.of("Idempotency-Key", "k-2")).status()).isEqualTo(403);
    }
}
