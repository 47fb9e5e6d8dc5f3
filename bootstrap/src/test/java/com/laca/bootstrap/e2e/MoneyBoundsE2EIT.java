package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.payments.stripe.StripeEvents;
import com.laca.adapter.payments.stripe.StripeSignatures;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every amount is bounded by what it pays for, and a receipt number or an {@code Idempotency-Key} sent again with a
 * different body is refused instead of quietly answering with the first payment.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Money: amounts bounded by what they pay for, keys never reused for another amount")
class MoneyBoundsE2EIT {

    private static final String ACCOUNT = "acct_money_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static long minor(JsonObject ledger, String total) {
        return ledger.getJsonObject(total).getJsonNumber("amountMinor").longValue();
    }

    private static long entries(JsonObject ledger, String kind) {
        return ledger.getJsonArray("entries").stream().map(JsonValue::asJsonObject)
                .filter(entry -> entry.getString("kind").equals(kind)).count();
    }

    private static void isProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.string("type")).isEqualTo("https://laca.dev/problems/" + type);
    }

    private static String desk(long amount, String receipt) {
        return "{\"amountMinor\": " + amount + ", \"currency\": \"GBP\", \"receipt\": \"" + receipt + "\"}";
    }

    @Test
    @DisplayName("a £50 appointment takes at most £50 at the desk: ten trillion is refused, a receipt number comes back "
            + "only with its own amount, and once paid nothing more is due")
    void deskPayments() {
        BookingFixture clinic = BookingFixture.everyDay("desk");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.MONDAY, 4);
        Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, "10:00"));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String path = "/api/payments/appointments/" + booked.json().getJsonObject("appointment").getString("id")
                + "/desk-payments";

        Api.Response huge = clinic.owner.post(path, desk(1_000_000_000_000_000L, "R-huge"));
        isProblem(huge, 409, "desk-payment-rejected");
        assertThat(huge.string("detail")).contains("£50.00");

        Api.Response fraction = clinic.owner.post(path, "{\"amountMinor\": 1.5, \"currency\": \"GBP\", \"receipt\": \"R-f\"}");
        assertThat(fraction.status()).as("%s", fraction).isEqualTo(400);

        Api.Response first = clinic.owner.post(path, desk(2_000, "R-1"));
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(minor(first.json(), "balanceDue")).isEqualTo(3_000);

        isProblem(clinic.owner.post(path, desk(3_000, "R-1")), 422, "key-reused");
        Api.Response repeated = clinic.owner.post(path, desk(2_000, "R-1"));
        assertThat(repeated.status()).as("%s", repeated).isEqualTo(200);
        assertThat(minor(repeated.json(), "paidAtDesk")).isEqualTo(2_000);

        Api.Response rest = clinic.owner.post(path, desk(3_000, "R-2"));
        assertThat(rest.status()).as("%s", rest).isEqualTo(200);
        assertThat(minor(rest.json(), "balanceDue")).isZero();
        isProblem(clinic.owner.post(path, desk(1, "R-3")), 409, "desk-payment-rejected");
        assertThat(minor(clinic.owner.get(path.replace("/desk-payments", "")).json(), "clinicRevenue"))
                .isEqualTo(5_000);
    }

    @Test
    @DisplayName("a treatment price or deposit beyond a trillion minor units is a 400 naming the field")
    void treatmentAmountsBounded() {
        Api owner = Api.withToken(Sessions.demoOwner());
        Api.Response price = owner.post("/api/treatments", """
                {"name": "Gold", "category": "SKIN", "durationMinutes": 30, "priceMinorUnits": 1000000000001}""");
        Api.Response deposit = owner.post("/api/treatments", """
                {"name": "Gold", "category": "SKIN", "durationMinutes": 30, "priceMinorUnits": 5000,
                 "deposit": {"type": "FIXED", "amountMinorUnits": 9000000000000000000}}""");

        isProblem(price, 400, "validation");
        assertThat(price.body()).contains("priceMinorUnits");
        isProblem(deposit, 400, "validation");
        assertThat(deposit.body()).contains("deposit.amountMinorUnits");
    }

    @Test
    @DisplayName("a refund's Idempotency-Key sent again with another amount is a 422 and refunds nothing more; "
            + "with the same body it answers as the first time")
    void refundKeyReused() {
        Api admin = Api.withToken(Sessions.platformAdmin());
        String tenant = admin.get("/api/admin/tenants?size=100").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(t -> t.getString("slug").equals(Sessions.DEMO))
                .findFirst().orElseThrow().getString("id");
        assertThat(admin.put("/api/admin/payments/accounts/" + tenant,
                "{\"connectedAccountId\": \"" + ACCOUNT + "\"}", Map.of()).status()).isEqualTo(200);
        BookingFixture clinic = BookingFixture.everyDay("refund key", "{\"type\": \"FIXED\", \"amountMinorUnits\": 2000}");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.MONDAY, 4);
        Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, "11:00"));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String id = booked.json().getJsonObject("appointment").getString("id");
        String secret = booked.json().getJsonObject("deposit").getString("clientSecret");
        String intent = secret.substring(0, secret.indexOf("_secret_"));
        String paid = StripeEvents.event("evt_money_" + UUID.randomUUID(), "payment_intent.succeeded",
                Instant.now().getEpochSecond(), ACCOUNT, StripeEvents.paymentIntent(intent, 2000, "succeeded",
                        StripeEvents.metadata(tenant, id)));
        assertThat(Api.anonymous().send("POST", "/api/webhooks/stripe", paid, Map.of("Stripe-Signature",
                StripeSignatures.header(paid, RunningServer.WEBHOOK_SECRET, Instant.now().getEpochSecond())))
                .status()).isEqualTo(204);
        String refunds = "/api/payments/appointments/" + id + "/refunds";
        Map<String, String> key = Map.of("Idempotency-Key", "money-" + UUID.randomUUID());

        Api.Response first = clinic.owner.send("POST", refunds,
                "{\"amountMinor\": 500, \"currency\": \"GBP\", \"reason\": \"GOODWILL\"}", key);
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        isProblem(clinic.owner.send("POST", refunds,
                "{\"amountMinor\": 700, \"currency\": \"GBP\", \"reason\": \"GOODWILL\"}", key), 422, "key-reused");
        isProblem(clinic.owner.send("POST", refunds,
                "{\"amountMinor\": 500, \"currency\": \"GBP\", \"reason\": \"DUPLICATE_PAYMENT\"}", key), 422,
                "key-reused");
        Api.Response again = clinic.owner.send("POST", refunds,
                "{\"amountMinor\": 500, \"currency\": \"GBP\", \"reason\": \"GOODWILL\"}", key);
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(minor(again.json(), "refunded")).isEqualTo(500);
        assertThat(entries(again.json(), "REFUND_ISSUED")).isEqualTo(1);
    }
}
