package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Treatment records on the running server (issue 11): a practitioner signs the record of a completed demo
 * appointment with a batch number, corrects it with a new entry, and the owner's recall search for the batch finds
 * the client; every read is in the owner's access audit, and none of it reaches the server log.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Treatment records over HTTP")
class TreatmentRecordsE2EIT {

    private static Api owner;
    private static Api nurse;
    private static Api desk;
    private static String harriet;
    private static String hart;

    @BeforeAll
    static void signIn() {
        owner = Api.withToken(Sessions.demoOwner());
        nurse = Api.withToken(Sessions.newDemoStaff(Set.of("PRACTITIONER")));
        desk = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK")));
        Api.Response found = owner.get("/api/clients?q=holloway");
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        harriet = found.json().getJsonArray("items").getJsonObject(0).getString("id");
        hart = owner.get("/api/practitioners?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("displayName").equals("Dr Amelia Hart"))
                .findFirst().orElseThrow().getString("id");
    }

    /** A completed demo appointment of Harriet's that has no treatment record yet. */
    static String uncharted() {
        return owner.get("/api/clients/" + harriet + "/appointments").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getString("status").equals("COMPLETED"))
                .map(a -> a.getString("id"))
                .filter(id -> owner.get("/api/treatment-records/" + id).status() == 404)
                .findFirst().orElseThrow(() -> new AssertionError("no completed demo appointment left to chart"));
    }

    static String record(String appointment, String practitioner, String lot, LocalDate expires, String extra) {
        return """
                {%s "practitioner": "%s",
                 "products": [{"product": "Bocouture 50U", "manufacturer": "Merz", "lot": "%s", "expiresOn": "%s",
                   "doses": [{"site": "GLABELLA", "side": "WHOLE", "amount": 20, "unit": "UNITS"},
                             {"site": "LATERAL_CANTHAL_LINES", "side": "LEFT", "amount": 12.5, "unit": "UNITS"}]}],
                 "technique": "30G needle, intramuscular", "aftercare": "No exercise for 4 hours",
                 "complications": [], "followUp": {"on": "%s", "reason": "toxin review"}%s}"""
                .formatted(appointment == null ? "" : "\"appointment\": \"" + appointment + "\",", practitioner, lot,
                        expires, LocalDate.now().plusWeeks(2), extra);
    }

    private static long logSize() throws java.io.IOException {
        return Files.size(RunningServer.get().log());
    }

    @Test
    @DisplayName("sign with a batch, refuse an expired one, correct by a new entry; the owner's recall finds the client")
    void signCorrectRecall() throws Exception {
        long logStart = logSize();
        String appointment = uncharted();
        String lot = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LocalDate expires = LocalDate.now().plusMonths(6);

        Api.Response expired = nurse.post("/api/treatment-records", record(appointment, hart, lot,
                LocalDate.now().minusYears(1), ""));
        assertThat(expired.status()).as(expired.toString()).isEqualTo(409);
        assertThat(expired.contentType()).startsWith("application/problem+json");
        assertThat(expired.string("type")).isEqualTo("https://laca.dev/problems/treatment-record-refused");
        assertThat(expired.string("reason")).isEqualTo("PRODUCT_EXPIRED");
        Api.Response wrongSigner = nurse.post("/api/treatment-records", record(appointment,
                UUID.randomUUID().toString(), lot, expires, ""));
        assertThat(wrongSigner.string("reason")).as(wrongSigner.toString()).isEqualTo("NOT_THE_TREATING_PRACTITIONER");
        assertThat(desk.post("/api/treatment-records", record(appointment, hart, lot, expires, "")).status())
                .isEqualTo(403);

        Api.Response signed = nurse.post("/api/treatment-records", record(appointment, hart, lot, expires, ""));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        assertThat(signed.string("client")).isEqualTo(harriet);
        assertThat(signed.string("category")).isEqualTo("ANTI_WRINKLE");
        String original = signed.json().getJsonObject("current").getString("id");
        assertThat(signed.json().getJsonObject("current").getJsonArray("products").getJsonObject(0)
                .getJsonArray("doses").getJsonObject(1).getString("amount")).isEqualTo("12.5");
        Api.Response again = nurse.post("/api/treatment-records", record(appointment, hart, lot, expires, ""));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);

        Api.Response corrected = nurse.post("/api/treatment-records/" + appointment + "/corrections",
                record(null, hart, lot, expires, ", \"reason\": \"left crow's feet dose mistyped\""));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.string("corrects")).isEqualTo(original);

        Api.Response chart = nurse.get("/api/treatment-records/" + appointment + "?reason=CLINICAL_REVIEW");
        assertThat(chart.status()).as(chart.toString()).isEqualTo(200);
        assertThat(chart.json().getJsonArray("entries")).hasSize(2);
        assertThat(chart.json().getJsonObject("current").getString("id")).isEqualTo(corrected.string("id"));
        assertThat(desk.get("/api/treatment-records/" + appointment).status()).isEqualTo(403);
        assertThat(desk.get("/api/clients/" + harriet + "/treatment-records").status()).isEqualTo(403);
        List<JsonObject> charts = nurse.get("/api/clients/" + harriet + "/treatment-records").structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject).toList();
        assertThat(charts).extracting(c -> c.getString("appointment")).contains(appointment);

        String today = LocalDate.now().toString();
        String from = LocalDate.now().minusMonths(2).toString();
        Api.Response recall = owner.get("/api/treatment-records/recall?lot=" + lot.toLowerCase() + "&from=" + from
                + "&to=" + today);
        assertThat(recall.status()).as(recall.toString()).isEqualTo(200);
        List<JsonObject> hits = recall.structure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
        assertThat(hits).extracting(h -> h.getString("client") + " " + h.getString("appointment"))
                .containsExactly(harriet + " " + appointment);
        assertThat(hits.get(0).getString("entry")).isEqualTo(corrected.string("id"));
        assertThat(nurse.get("/api/treatment-records/recall?lot=" + lot + "&from=" + from + "&to=" + today)
                .status()).isEqualTo(403);
        assertThat(owner.get("/api/treatment-records/recall?lot=" + lot + "&from=" + today + "&to=" + from)
                .status()).isEqualTo(400);
        Api.Response demoBatch = owner.get("/api/treatment-records/recall?lot=DEMO-B2417&from=" + from + "&to="
                + today);
        assertThat(demoBatch.structure().asJsonArray()).hasSize(1);

        List<String> audit = owner.get("/api/clients/" + harriet + "/access-audit").structure().asJsonArray()
                .stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("accessed") + " " + e.getString("reason")).toList();
        assertThat(audit).contains("TREATMENT_RECORD CLINICAL_REVIEW", "TREATMENT_RECORD DIRECT_CARE",
                "TREATMENT_RECORD PRODUCT_RECALL");

        byte[] all = Files.readAllBytes(RunningServer.get().log());
        String written = new String(all, (int) Math.min(logStart, all.length),
                (int) Math.max(0, all.length - logStart), StandardCharsets.UTF_8);
        for (String word : List.of("Holloway", "Bocouture", "crow's feet", "intramuscular", "glabella")) {
            assertThat(written).as("server log during the test").doesNotContainIgnoringCase(word);
        }
    }
}
