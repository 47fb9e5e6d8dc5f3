package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(RunningServer.class)
@DisplayName("A clinic owner sets up the clinic over HTTP")
class ClinicSetupE2EIT {

    private static Api owner;

    @BeforeAll
    static void signIn() {
        owner = Api.withToken(Sessions.demoOwner());
    }

    private static String treatmentJson(String name, int priceMinorUnits) {
        return """
                {"name": "%s", "category": "CHEMICAL_PEEL", "description": "A gentle peel",
                 "durationMinutes": 40, "bufferBeforeMinutes": 5, "bufferAfterMinutes": 10,
                 "priceMinorUnits": %d, "requiredQualification": "AESTHETICIAN",
                 "requiredResourceTypes": ["TREATMENT_ROOM"], "slotStepMinutes": 15, "minimumNoticeMinutes": 1440,
                 "maximumAdvanceDays": 90, "deposit": null, "active": true}""".formatted(name, priceMinorUnits);
    }

    @Test
    @DisplayName("The demo clinic comes with two locations, four practitioners, rooms, a laser and a menu")
    void demoData() {
        assertThat(owner.get("/api/locations?size=100").body()).contains("Harley Street").contains("Manchester Spinningfields");
        assertThat(owner.get("/api/practitioners").json().getInt("total")).isGreaterThanOrEqualTo(4);
        assertThat(owner.get("/api/resources").json().getJsonArray("items").toString()).contains("LASER");
        assertThat(owner.get("/api/treatments").json().getInt("total")).isGreaterThanOrEqualTo(5);
    }

    @Test
    @DisplayName("A treatment the owner creates appears on the public menu with its price")
    void createdTreatmentIsOnThePublicMenu() {
        String name = "Glow peel " + UUID.randomUUID();
        Api.Response created = owner.post("/api/treatments", treatmentJson(name, 8_500));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).contains(created.string("id")));
        assertThat(created.header("ETag")).contains("\"0\"");
        assertThat(created.json().getString("currency")).isEqualTo("GBP");
        Api.Response menu = Api.anonymous().get("/api/public/" + Sessions.DEMO + "/treatments");
        assertThat(menu.status()).isEqualTo(200);
        assertThat(menu.body()).contains(name).contains("8500");
    }

    @Test
    @DisplayName("A clinic trading in euros creates a treatment with a deposit, which is read in euros like its price")
    void depositInTheClinicsOwnCurrency() {
        String slug = "euro-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response clinic = Api.withToken(Sessions.platformAdmin()).post("/api/admin/tenants", """
                {"slug": "%s", "name": "Dublin Skin", "zone": "Europe/Dublin", "currency": "EUR",
                 "ownerEmail": "owner@%s.test", "ownerName": "Euro Owner"}""".formatted(slug, slug));
        assertThat(clinic.status()).as(clinic.toString()).isEqualTo(201);
        String invitation = Outbox.ownerInvitationToken(clinic.json().getJsonObject("tenant").getString("id"),
                "owner@" + slug + ".test");
        assertThat(Api.anonymous().post("/api/auth/password", """
                {"token": "%s", "password": "euro-owner-passphrase"}""".formatted(invitation)).status())
                .isEqualTo(204);
        Api euroOwner = Api.withToken(Sessions.token(slug, "owner@" + slug + ".test", "euro-owner-passphrase"));

        Api.Response created = euroOwner.post("/api/treatments", """
                {"name": "Euro peel", "category": "CHEMICAL_PEEL", "durationMinutes": 40, "priceMinorUnits": 12000,
                 "deposit": {"type": "PERCENTAGE", "basisPoints": 2500, "minimumMinorUnits": 1000,
                             "maximumMinorUnits": 2000}}""");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("currency")).isEqualTo("EUR");
        JsonObject deposit = created.json().getJsonObject("deposit");
        assertThat(deposit.getString("type")).isEqualTo("PERCENTAGE");
        assertThat(deposit.getInt("basisPoints")).isEqualTo(2500);
        assertThat(deposit.getJsonNumber("maximumMinorUnits").longValue()).isEqualTo(2000);
        assertThat(created.json().getJsonNumber("depositDueMinorUnits").longValue()).isEqualTo(2000);
        Api.Response fixed = euroOwner.post("/api/treatments", """
                {"name": "Euro toxin", "category": "ANTI_WRINKLE", "durationMinutes": 30, "priceMinorUnits": 20000,
                 "deposit": {"type": "FIXED", "amountMinorUnits": 5000}}""");
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(201);
        assertThat(fixed.json().getJsonObject("deposit").getJsonNumber("amountMinorUnits").longValue())
                .isEqualTo(5000);
    }

    @Test
    @DisplayName("Updating needs the current version: none is 428, a stale one is 412, the right one bumps it")
    void optimisticLocking() {
        String id = owner.post("/api/treatments", treatmentJson("Peel " + UUID.randomUUID(), 9_000)).string("id");
        String changed = treatmentJson("Peel renamed " + id, 9_500);

        assertThat(owner.put("/api/treatments/" + id, changed, Map.of()).status()).isEqualTo(428);
        Api.Response updated = owner.put("/api/treatments/" + id, changed, Sessions.ifMatch(0));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getJsonNumber("version").longValue()).isEqualTo(1);
        Api.Response stale = owner.put("/api/treatments/" + id, changed, Sessions.ifMatch(0));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(owner.get("/api/treatments/" + id).json().getInt("priceMinorUnits")).isEqualTo(9_500);
    }

    @Test
    @DisplayName("A PUT that leaves out the deposit, buffers, rooms or qualification is refused naming them, and changes nothing")
    void partialReplacementIsRefused() {
        String id = owner.post("/api/treatments", """
                {"name": "Lip filler %s", "category": "DERMAL_FILLER", "durationMinutes": 45,
                 "bufferBeforeMinutes": 10, "bufferAfterMinutes": 15, "priceMinorUnits": 30000,
                 "requiredQualification": "PRESCRIBER", "requiredResourceTypes": ["TREATMENT_ROOM"],
                 "deposit": {"type": "FIXED", "amountMinorUnits": 5000}}""".formatted(UUID.randomUUID())).string("id");

        Api.Response partial = owner.put("/api/treatments/" + id, """
                {"name": "Lip filler", "category": "DERMAL_FILLER", "durationMinutes": 45, "priceMinorUnits": 32000}""",
                Sessions.ifMatch(0));

        assertThat(partial.status()).as(partial.toString()).isEqualTo(400);
        assertThat(partial.contentType()).startsWith("application/problem+json");
        assertThat(partial.body()).contains("deposit", "bufferBeforeMinutes", "bufferAfterMinutes",
                "requiredQualification", "requiredResourceTypes");
        JsonObject unchanged = owner.get("/api/treatments/" + id).json();
        assertThat(unchanged.getJsonNumber("version").longValue()).isZero();
        assertThat(unchanged.getString("requiredQualification")).isEqualTo("PRESCRIBER");
        assertThat(unchanged.getJsonObject("deposit").getString("type")).isEqualTo("FIXED");
    }

    @Test
    @DisplayName("A JSON Merge Patch of the price keeps the deposit, buffers, rooms and qualification as they were")
    void mergePatchChangesOnlyWhatItNames() {
        String id = owner.post("/api/treatments", """
                {"name": "Lip filler %s", "category": "DERMAL_FILLER", "durationMinutes": 45,
                 "bufferBeforeMinutes": 10, "bufferAfterMinutes": 15, "priceMinorUnits": 30000,
                 "requiredQualification": "PRESCRIBER", "requiredResourceTypes": ["TREATMENT_ROOM"],
                 "deposit": {"type": "FIXED", "amountMinorUnits": 5000}}""".formatted(UUID.randomUUID())).string("id");
        Map<String, String> mergePatch = Map.of("Content-Type", "application/merge-patch+json", "If-Match", "\"0\"");

        Api.Response patched = owner.send("PATCH", "/api/treatments/" + id, "{\"priceMinorUnits\": 32000}", mergePatch);

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.header("ETag")).contains("\"1\"");
        JsonObject stored = owner.get("/api/treatments/" + id).json();
        assertThat(stored.getInt("priceMinorUnits")).isEqualTo(32_000);
        assertThat(stored.getString("requiredQualification")).isEqualTo("PRESCRIBER");
        assertThat(stored.getInt("bufferBeforeMinutes")).isEqualTo(10);
        assertThat(stored.getInt("bufferAfterMinutes")).isEqualTo(15);
        assertThat(stored.getJsonArray("requiredResourceTypes").getString(0)).isEqualTo("TREATMENT_ROOM");
        assertThat(stored.getJsonObject("deposit").getInt("amountMinorUnits")).isEqualTo(5_000);
        Api.Response stale = owner.send("PATCH", "/api/treatments/" + id, "{\"priceMinorUnits\": 1}", mergePatch);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        Api.Response notAPatch = owner.send("PATCH", "/api/treatments/" + id, "{\"priceMinorUnits\": 1}",
                Map.of("If-Match", "\"1\""));
        assertThat(notAPatch.status()).as(notAPatch.toString()).isEqualTo(415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"locations", "practitioners", "resources"})
    @DisplayName("Every clinic record refuses a partial PUT naming the missing fields, and takes a merge patch")
    void everyClinicRecord(String collection) {
        JsonObject record = owner.get("/api/" + collection + "?size=1").json().getJsonArray("items").getJsonObject(0);
        String path = "/api/" + collection + "/" + record.getString("id");
        long version = record.getJsonNumber("version").longValue();

        Api.Response partial = owner.put(path, "{\"active\": true}", Sessions.ifMatch(version));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(400);
        assertThat(partial.body()).contains("is required in a replacement");

        Api.Response patched = owner.send("PATCH", path, "{\"active\": " + record.getBoolean("active") + "}",
                Map.of("Content-Type", "application/merge-patch+json", "If-Match", "\"" + version + "\""));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        JsonObject after = patched.json();
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version + 1);
        JsonObject before = Json.createObjectBuilder(record).remove("version").build();
        assertThat(Json.createObjectBuilder(after).remove("version").build()).isEqualTo(before);
    }

    @Test
    @DisplayName("A deleted treatment is gone, and deleting it again is 404")
    void delete() {
        String id = owner.post("/api/treatments", treatmentJson("Short-lived " + UUID.randomUUID(), 1_000))
                .string("id");
        assertThat(owner.delete("/api/treatments/" + id, Sessions.ifMatch(0)).status()).isEqualTo(204);
        assertThat(owner.get("/api/treatments/" + id).status()).isEqualTo(404);
        assertThat(owner.delete("/api/treatments/" + id, Sessions.ifMatch(0)).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("Lists are paged and report the total")
    void paging() {
        int total = owner.get("/api/practitioners").json().getInt("total");
        JsonObject page = owner.get("/api/practitioners?page=1&size=3").json();
        assertThat(page.getInt("total")).isEqualTo(total);
        assertThat(page.getInt("page")).isEqualTo(1);
        assertThat(page.getInt("size")).isEqualTo(3);
        assertThat(page.getJsonArray("items")).hasSize(Math.min(3, total - 3));
        assertThat(owner.get("/api/practitioners?size=1000").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("A location, a practitioner working there and a room there can be created together")
    void locationPractitionerRoom() {
        Api.Response location = owner.post("/api/locations", """
                {"name": "Bristol", "zone": "Europe/London",
                 "address": {"line1": "1 Queen Square", "city": "Bristol", "postcode": "BS1 4JQ", "country": "GB"}}""");
        assertThat(location.status()).as(location.toString()).isEqualTo(201);
        String at = location.string("id");
        Api.Response practitioner = owner.post("/api/practitioners", """
                {"displayName": "Dr Test", "qualifications": ["DOCTOR", "PRESCRIBER"], "locationIds": ["%s"]}"""
                .formatted(at));
        assertThat(practitioner.status()).as(practitioner.toString()).isEqualTo(201);
        Api.Response room = owner.post("/api/resources", """
                {"locationId": "%s", "name": "Room B", "type": "TREATMENT_ROOM"}""".formatted(at));
        assertThat(room.status()).as(room.toString()).isEqualTo(201);
        assertThat(owner.delete("/api/locations/" + at, Sessions.ifMatch(0)).status())
                .as("a location still in use cannot be deleted").isEqualTo(409);
    }

    @Test
    @DisplayName("A practitioner cannot be placed at a location of no such clinic")
    void unknownLocation() {
        Api.Response response = owner.post("/api/practitioners", """
                {"displayName": "Dr Nowhere", "qualifications": ["DOCTOR"], "locationIds": ["%s"]}"""
                .formatted(UUID.randomUUID()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("locationIds");
    }
}
