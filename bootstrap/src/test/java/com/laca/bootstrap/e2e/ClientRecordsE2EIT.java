package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client records on the running server: the identity rule at a public booking (issue 9 item 1), and staff
 * finding, creating, correcting (with history), archiving and merging clients (issue 11).
 */
@ExtendWith(RunningServer.class)
@DisplayName("Client records over HTTP")
class ClientRecordsE2EIT {

    private static Api owner;

    @BeforeAll
    static void signIn() {
        owner = Api.withToken(Sessions.demoOwner());
    }

    private static String clientJson(String first, String last, String born, String email, String phone) {
        return """
                {"firstName": "%s", "lastName": "%s", "dateOfBirth": "%s", "email": "%s", "phone": "%s",
                 "contactPreferences": {"email": true, "sms": true, "phoneCalls": false},
                 "marketing": {"messages": false, "photos": false}}""".formatted(first, last, born, email, phone);
    }

    private static String publicBooking(BookingFixture clinic, String start, String first, String last,
                                        String email, String phone, String born) {
        return """
                {"treatment": "%s", "start": "%s", "practitioner": "any", "location": "%s",
                 "client": {"firstName": "%s", "lastName": "%s", "email": "%s", "phone": "%s", "dateOfBirth": "%s"}}"""
                .formatted(clinic.treatment, start, clinic.location, first, last, email, phone, born);
    }

    private static long logSize() throws java.io.IOException {
        return java.nio.file.Files.size(RunningServer.get().log());
    }

    /** Medical and personal data never reach the server log: none of the words appears in what it wrote since. */
    private static void assertLogFreeOf(long since, String... words) throws java.io.IOException {
        byte[] all = java.nio.file.Files.readAllBytes(RunningServer.get().log());
        String written = new String(all, (int) Math.min(since, all.length), (int) Math.max(0, all.length - since),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String word : words) {
            assertThat(written).as("server log since the test started").doesNotContainIgnoringCase(word);
        }
    }

    private static List<JsonObject> items(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    @DisplayName("Mallory Other booking with Emma Jones's e-mail gets her own client id, flagged for staff")
    void identityRuleAtAPublicBooking() {
        BookingFixture clinic = BookingFixture.everyDay("identity");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.TUESDAY, 1);
        String email = "emma-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Api.Response emma = Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings", publicBooking(clinic,
                BookingFixture.at(day, "10:00"), "Emma", "Jones", email, "07700 900123", "1988-03-12"));
        Api.Response mallory = Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings", publicBooking(clinic,
                BookingFixture.at(day, "11:00"), "Mallory", "Other", email.toUpperCase(), "07911 123456",
                "1970-06-01"));
        Api.Response emmaAgain = Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings",
                publicBooking(clinic, BookingFixture.at(day, "12:00"), "Emma", "JONES", email, "07700 900123",
                        "1988-03-12"));

        assertThat(emma.status()).as(emma.toString()).isEqualTo(201);
        assertThat(mallory.status()).as(mallory.toString()).isEqualTo(201);
        String emmaId = emma.json().getJsonObject("appointment").getString("client");
        String malloryId = mallory.json().getJsonObject("appointment").getString("client");
        assertThat(malloryId).isNotEqualTo(emmaId);
        assertThat(mallory.json().getJsonObject("appointment").getString("clientName")).isEqualTo("Mallory Other");
        assertThat(emmaAgain.json().getJsonObject("appointment").getString("client")).isEqualTo(emmaId);

        Api.Response flagged = owner.get("/api/clients/" + malloryId);
        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(200);
        assertThat(flagged.json().getJsonArray("possibleDuplicates").getString(0)).isEqualTo(emmaId);
        assertThat(flagged.string("dateOfBirth")).isEqualTo("1970-06-01");
        assertThat(owner.get("/api/clients/" + emmaId).string("dateOfBirth")).isEqualTo("1988-03-12");

        Api.Response appointments = owner.get("/api/clients/" + emmaId + "/appointments");
        assertThat(appointments.status()).as(appointments.toString()).isEqualTo(200);
        assertThat(appointments.structure().asJsonArray()).hasSize(2);
        assertThat(owner.get("/api/clients/" + malloryId + "/appointments").structure().asJsonArray()).hasSize(1);

        Api.Response dismissed = owner.delete("/api/clients/" + malloryId + "/possible-duplicates/" + emmaId,
                Map.of());
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
        assertThat(dismissed.json().getJsonArray("possibleDuplicates")).isEmpty();
    }

    @Test
    @DisplayName("create a client, find them by accent-free name, e-mail, phone and birth year; edit with history")
    void createFindEdit() throws Exception {
        long logStart = logSize();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String surname = "Ó'Bríen" + tag;
        Api.Response created = owner.post("/api/clients", clientJson("Zoë", surname, "1990-04-15",
                "zoe." + tag + "@example.com", "07911 123456"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location").orElseThrow()).endsWith("/api/clients/" + created.string("id"));
        String id = created.string("id");

        assertThat(items(owner.get("/api/clients?q=zoe%20obrien" + tag))).extracting(c -> c.getString("id"))
                .containsExactly(id);
        assertThat(items(owner.get("/api/clients?email=ZOE." + tag))).extracting(c -> c.getString("id"))
                .containsExactly(id);
        assertThat(items(owner.get("/api/clients?name=obrien" + tag + "&dateOfBirth=1990&phone=%2B44%207911")))
                .extracting(c -> c.getString("id")).containsExactly(id);
        assertThat(items(owner.get("/api/clients?name=obrien" + tag + "&dateOfBirth=1991"))).isEmpty();

        Api.Response duplicate = owner.post("/api/clients", clientJson("Zoe", "o bríen" + tag, "1990-04-15",
                "ZOE." + tag + "@example.com", "07000 000000"));
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);

        String etag = owner.get("/api/clients/" + id).header("ETag").orElseThrow();
        Api.Response partial = owner.put("/api/clients/" + id, """
                {"firstName": "Zoë", "lastName": "Smith", "dateOfBirth": "1990-04-15"}""", Map.of("If-Match", etag));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(400);
        assertThat(partial.body()).contains("contactPreferences");

        String smith = clientJson("Zoë", "Smith" + tag, "1990-04-15", "zoe." + tag + "@example.com", "07911 123456");
        Api.Response unversioned = owner.put("/api/clients/" + id, smith, Map.of());
        assertThat(unversioned.status()).as(unversioned.toString()).isEqualTo(428);
        assertThat(unversioned.contentType()).startsWith("application/problem+json");
        Api.Response edited = owner.put("/api/clients/" + id, smith, Map.of("If-Match", etag));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        Api.Response stale = owner.put("/api/clients/" + id, clientJson("Zoë", "Stale" + tag, "1990-04-15",
                "zoe." + tag + "@example.com", "07911 123456"), Map.of("If-Match", etag));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        Api.Response history = owner.get("/api/clients/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        List<JsonObject> entries = history.structure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
        assertThat(entries).extracting(e -> e.getString("kind")).containsExactly("CREATED", "EDITED");
        JsonObject change = entries.get(1).getJsonArray("fields").getJsonObject(0);
        assertThat(change.getString("field")).isEqualTo("LAST_NAME");
        assertThat(change.getString("before")).isEqualTo(surname);
        assertThat(change.getString("after")).isEqualTo("Smith" + tag);

        assertThat(owner.post("/api/clients/" + id + "/archive", null).status()).isEqualTo(200);
        assertThat(items(owner.get("/api/clients?name=smith" + tag))).isEmpty();
        assertThat(items(owner.get("/api/clients?name=smith" + tag + "&archived=true"))).hasSize(1);
        assertLogFreeOf(logStart, "Bríen" + tag, "brien" + tag, "Smith" + tag, "zoe." + tag, "1990-04-15",
                "7911123456");
    }

    @Test
    @DisplayName("bad searches and unknown clients are 4xx problems, never 500")
    void badInput() {
        assertThat(owner.get("/api/clients").status()).isEqualTo(400);
        assertThat(owner.get("/api/clients?q=a").status()).isEqualTo(400);
        assertThat(owner.get("/api/clients?q=31/02/1990").status()).isEqualTo(400);
        assertThat(owner.get("/api/clients?q=zoe&size=1000").status()).isEqualTo(400);
        assertThat(owner.get("/api/clients/not-a-uuid").status()).isEqualTo(404);
        assertThat(owner.get("/api/clients/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(Api.anonymous().get("/api/clients?q=zoe").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("merging two records of one person keeps both, asks which differing value to keep, keeps both histories")
    void merge() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String first = owner.post("/api/clients", clientJson("Kim", "Merge" + tag, "1985-02-03",
                "kim." + tag + "@example.com", "07911 000001")).string("id");
        String second = owner.post("/api/clients", clientJson("Kim", "Merge" + tag, "1985-02-03",
                "kim.work." + tag + "@example.com", "07911 000002")).string("id");

        Api.Response undecided = owner.post("/api/clients/" + first + "/merge",
                "{\"absorb\": \"" + second + "\"}");
        assertThat(undecided.status()).as(undecided.toString()).isEqualTo(409);
        assertThat(undecided.string("reason")).isEqualTo("UNDECIDED_FIELDS");

        Api.Response merged = owner.post("/api/clients/" + first + "/merge", "{\"absorb\": \"" + second
                + "\", \"choices\": {\"EMAIL\": \"SURVIVOR\", \"PHONE\": \"ABSORBED\"}}");
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.string("phone")).isEqualTo("+447911000002");
        assertThat(owner.get("/api/clients/" + second).string("status")).isEqualTo("MERGED");
        assertThat(owner.get("/api/clients/" + second).string("mergedInto")).isEqualTo(first);
        assertThat(items(owner.get("/api/clients?name=merge" + tag))).extracting(c -> c.getString("id"))
                .containsExactly(first);

        List<JsonObject> history = owner.get("/api/clients/" + first + "/history").structure().asJsonArray()
                .stream().map(JsonValue::asJsonObject).toList();
        assertThat(history).extracting(e -> e.getString("client") + " " + e.getString("kind"))
                .contains(first + " CREATED", second + " CREATED", first + " MERGED_FROM", second + " MERGED_INTO");
    }

    @Test
    @DisplayName("clinical notes only with clinical:read, alerts for the desk too; each clinical read is in the owner's audit")
    void notesAndAccessAudit() throws Exception {
        long logStart = logSize();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String client = owner.post("/api/clients", clientJson("Nia", "Notes" + tag, "1992-07-08",
                "nia." + tag + "@example.com", "07911 000003")).string("id");
        Api.Response alert = owner.post("/api/clients/" + client + "/notes",
                "{\"kind\": \"ALERT\", \"text\": \"Needle phobia\"}");
        Api.Response clinical = owner.post("/api/clients/" + client + "/notes",
                "{\"kind\": \"CLINICAL\", \"text\": \"Mild bruising after filler\"}");
        assertThat(alert.status()).as(alert.toString()).isEqualTo(201);
        assertThat(clinical.status()).as(clinical.toString()).isEqualTo(201);

        Api desk = Api.withToken(Sessions.newDemoStaff(java.util.Set.of("FRONTDESK")));
        Api nurse = Api.withToken(Sessions.newDemoStaff(java.util.Set.of("PRACTITIONER")));
        List<JsonObject> seenByDesk = desk.get("/api/clients/" + client + "/notes").structure().asJsonArray()
                .stream().map(JsonValue::asJsonObject).toList();
        assertThat(seenByDesk).extracting(n -> n.getString("kind")).containsExactly("ALERT");
        assertThat(desk.post("/api/clients/" + client + "/notes",
                "{\"kind\": \"CLINICAL\", \"text\": \"x\"}").status()).isEqualTo(403);
        Api.Response seenByNurse = nurse.get("/api/clients/" + client + "/notes?reason=CLINICAL_REVIEW");
        assertThat(seenByNurse.structure().asJsonArray()).hasSize(2);

        Api.Response amended = nurse.post("/api/clients/" + client + "/notes/" + clinical.string("id")
                + "/amendments", "{\"text\": \"Mild bruising after filler, resolved\"}");
        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
        assertThat(amended.string("amends")).isEqualTo(clinical.string("id"));
        assertThat(amended.string("kind")).isEqualTo("CLINICAL");

        Api.Response audit = owner.get("/api/clients/" + client + "/access-audit");
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        List<JsonObject> entries = audit.structure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
        assertThat(entries).extracting(e -> e.getString("accessed") + " " + e.getString("reason"))
                .containsExactly("CLINICAL_NOTE CLINICAL_REVIEW");
        assertThat(entries.get(0).getString("recordId")).isEqualTo(clinical.string("id"));
        assertThat(audit.body()).doesNotContain("bruising");
        assertThat(nurse.get("/api/clients/" + client + "/access-audit").status()).isEqualTo(403);
        assertThat(owner.get("/api/clients/" + client + "/notes?reason=GOSSIP").status()).isEqualTo(400);
        assertLogFreeOf(logStart, "Notes" + tag, "nia." + tag, "1992-07-08", "Needle phobia", "bruising", "filler");
    }
}
