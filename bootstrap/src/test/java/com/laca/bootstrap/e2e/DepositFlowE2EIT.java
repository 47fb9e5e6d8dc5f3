package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.laca.adapter.payments.stripe.FakeStripeServer;
import com.laca.adapter.payments.stripe.StripeEvents;
import com.laca.adapter.payments.stripe.StripeSignatures;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("A deposit over HTTP: booked and held, paid through Stripe, confirmed, cancelled in time and refunded")
class DepositFlowE2EIT {

    private static final String ACCOUNT = "acct_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static String tenantId;

    @BeforeAll
    static void connectTheDemoClinicToStripe() {
        Api admin = Api.withToken(Sessions.platformAdmin());
        tenantId = admin.get("/api/admin/tenants?size=100").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(t -> t.getString("slug").equals(Sessions.DEMO))
                .findFirst().orElseThrow().getString("id");
        Api.Response set = admin.put("/api/admin/payments/accounts/" + tenantId,
                "{\"connectedAccountId\": \"" + ACCOUNT + "\"}", Map.of());
        assertThat(set.status()).as("%s", set).isEqualTo(200);
    }

    private static String publicPath(String rest) {
        return "/api/public/" + Sessions.DEMO + rest;
    }

    private static Api.Response deliver(String payload) {
        return Api.anonymous().send("POST", "/api/webhooks/stripe", payload, Map.of("Stripe-Signature",
                StripeSignatures.header(payload, RunningServer.WEBHOOK_SECRET, Instant.now().getEpochSecond())));
    }

    private static List<FakeStripeServer.Request> stripeRequests(String path, String appointment) {
        return RunningServer.get().stripe().requests().stream().filter(r -> r.path().equals(path))
                .filter(r -> r.header("Idempotency-Key") != null && r.header("Idempotency-Key").contains(appointment))
                .toList();
    }

    private static long count(JsonObject ledger, String kind) {
        return ledger.getJsonArray("entries").stream().map(JsonValue::asJsonObject)
                .filter(entry -> entry.getString("kind").equals(kind)).count();
    }

    private static long minor(JsonObject ledger, String total) {
        return ledger.getJsonObject(total).getJsonNumber("amountMinor").longValue();
    }

    @Test
    @DisplayName("book → HELD with a client secret → signed payment webhook → CONFIRMED (once, however often it comes) "
            + "→ cancelled in the free window → refunded on Stripe → the ledger balances to zero")
    void bookPayConfirmCancelRefund() throws IOException {
        BookingFixture clinic = BookingFixture.everyDay("deposit", "{\"type\": \"FIXED\", \"amountMinorUnits\": 2000}");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.THURSDAY, 2);
        String start = BookingFixture.at(day, "11:00");
        assertThat(clinic.starts(day, day)).contains(start);

        Api.Response booked = clinic.book(Api.anonymous(), start);
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        JsonObject appointment = booked.json().getJsonObject("appointment");
        String id = appointment.getString("id");
        String token = booked.string("manageToken");
        assertThat(appointment.getString("status")).isEqualTo("HELD");
        JsonObject deposit = booked.json().getJsonObject("deposit");
        assertThat(deposit.getJsonNumber("amountMinorUnits").longValue()).isEqualTo(2000);
        assertThat(deposit.getString("currency")).isEqualTo("GBP");
        assertThat(deposit.getString("status")).isEqualTo("CARD_PAYMENT_DUE");
        assertThat(deposit.getString("publishableKey")).isEqualTo("pk_test_e2e");
        assertThat(deposit.getString("holdExpiresAt")).isEqualTo(appointment.getString("holdExpiresAt"));
        String clientSecret = deposit.getString("clientSecret");
        assertThat(clientSecret).contains("_secret_");
        String intent = clientSecret.substring(0, clientSecret.indexOf("_secret_"));

        List<FakeStripeServer.Request> intents = stripeRequests("/v1/payment_intents", id);
        assertThat(intents).singleElement().satisfies(sent -> {
            assertThat(sent.header("Idempotency-Key")).isEqualTo("deposit-" + tenantId + "-" + id);
            assertThat(sent.header("Stripe-Account")).isEqualTo(ACCOUNT);
            assertThat(sent.form()).containsAllEntriesOf(Map.of("amount", "2000", "currency", "gbp",
                    "metadata[tenant]", tenantId, "metadata[appointment]", id));
        });

        String paid = StripeEvents.event("evt_e2e_" + UUID.randomUUID(), "payment_intent.succeeded",
                Instant.now().getEpochSecond(), ACCOUNT, StripeEvents.paymentIntent(intent, 2000, "succeeded",
                        StripeEvents.metadata(tenantId, id)));
        Api.Response delivered = deliver(paid);
        assertThat(delivered.status()).as("%s", delivered).isEqualTo(204);
        assertThat(Api.anonymous().get(publicPath("/bookings/" + token)).string("status")).isEqualTo("CONFIRMED");
        assertThat(clinic.calendar(day, day)).filteredOn(a -> a.getString("id").equals(id))
                .singleElement().satisfies(a -> assertThat(a.getString("status")).isEqualTo("CONFIRMED"));

        Api.Response again = deliver(paid);
        assertThat(again.status()).as("the same event again: %s", again).isEqualTo(204);
        String ledgerPath = "/api/payments/appointments/" + id;
        JsonObject ledger = clinic.owner.get(ledgerPath).json();
        assertThat(count(ledger, "DEPOSIT_PAID")).isEqualTo(1);
        assertThat(minor(ledger, "captured")).isEqualTo(2000);

        Api.Response cancelled = Api.anonymous().post(publicPath("/bookings/" + token + "/cancel"), null);
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        assertThat(cancelled.string("cancellation")).isEqualTo("FREE_CANCELLATION");
        assertThat(cancelled.string("deposit")).isEqualTo("REFUND");

        assertThat(stripeRequests("/v1/refunds", id)).singleElement().satisfies(sent -> {
            assertThat(sent.header("Idempotency-Key")).isEqualTo("refund-" + tenantId + "-" + id + "-cancellation");
            assertThat(sent.header("Stripe-Account")).isEqualTo(ACCOUNT);
            assertThat(sent.form()).containsEntry("payment_intent", intent).containsEntry("amount", "2000");
        });
        Api.Response settled = clinic.owner.get(ledgerPath);
        assertThat(settled.status()).as("%s", settled).isEqualTo(200);
        assertThat(minor(settled.json(), "refunded")).isEqualTo(minor(settled.json(), "captured")).isEqualTo(2000);
        assertThat(minor(settled.json(), "refundable")).isZero();
        assertThat(minor(settled.json(), "clinicRevenue")).isZero();
        assertThat(count(settled.json(), "REFUND_CONFIRMED")).isEqualTo(1);

        Path log = Path.of("target", "e2e-server-" + RunningServer.get().base().getPort() + ".log");
        assertThat(Files.readString(log)).as("the client secret is never logged").doesNotContain(clientSecret);
    }

    @Test
    @DisplayName("a phone booking's deposit paid at the desk confirms the hold at once; cancelled in time, the desk "
            + "money is given back at the desk, nothing goes to Stripe, and nothing is due any more")
    void depositPaidAtTheDeskConfirmsTheHold() {
        BookingFixture clinic = BookingFixture.everyDay("desk deposit", "{\"type\": \"FIXED\", \"amountMinorUnits\": 2000}");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.FRIDAY, 3);
        Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, "11:00"));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String id = booked.json().getJsonObject("appointment").getString("id");
        String token = booked.string("manageToken");
        assertThat(booked.json().getJsonObject("appointment").getString("status")).isEqualTo("HELD");

        Api.Response paid = clinic.owner.post("/api/payments/appointments/" + id + "/desk-payments",
                "{\"amountMinor\": 2000, \"currency\": \"GBP\", \"receipt\": \"R-phone-1\"}");

        assertThat(paid.status()).as("%s", paid).isEqualTo(200);
        assertThat(Api.anonymous().get(publicPath("/bookings/" + token)).string("status")).isEqualTo("CONFIRMED");
        Api.Response cancelled = Api.anonymous().post(publicPath("/bookings/" + token + "/cancel"), null);
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        assertThat(cancelled.string("deposit")).isEqualTo("REFUND");
        JsonObject ledger = clinic.owner.get("/api/payments/appointments/" + id).json();
        assertThat(count(ledger, "REFUNDED_AT_DESK")).isEqualTo(1);
        assertThat(minor(ledger, "refunded")).isEqualTo(2000);
        assertThat(minor(ledger, "clinicRevenue")).isZero();
        assertThat(minor(ledger, "balanceDue")).isZero();
        assertThat(stripeRequests("/v1/refunds", id)).isEmpty();
    }

    @Test
    @DisplayName("a hold nobody pays stays HELD, and its deposit says when the slot is released (now + the clinic's "
            + "hold time)")
    void unpaidHoldWaitsForItsExpiry() {
        BookingFixture clinic = BookingFixture.everyDay("unpaid",
                "{\"type\": \"PERCENTAGE\", \"basisPoints\": 2500}");
        int holdMinutes = clinic.owner.get("/api/settings/booking").json().getInt("holdMinutes");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.FRIDAY, 2);

        Instant before = Instant.now();
        Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, "14:00"));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        JsonObject deposit = booked.json().getJsonObject("deposit");
        assertThat(deposit.getJsonNumber("amountMinorUnits").longValue()).isEqualTo(1250);
        Instant expiry = OffsetDateTime.parse(deposit.getString("holdExpiresAt")).toInstant();
        assertThat(expiry).isCloseTo(before.plus(holdMinutes, ChronoUnit.MINUTES), within(1, ChronoUnit.MINUTES));

        Api.Response viewed = Api.anonymous().get(publicPath("/bookings/" + booked.string("manageToken")));
        assertThat(viewed.string("status")).isEqualTo("HELD");
        assertThat(viewed.string("holdExpiresAt")).isEqualTo(deposit.getString("holdExpiresAt"));
    }
}
