package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Erasure on request on the running server (issue 11): the owner erases a client with marketing consent, contact
 * preferences, a general note and a clinical note; the answer says the non-clinical data is gone and the clinical
 * note is kept until 8 years after it was written, and the record as read afterwards shows exactly that; a legal
 * hold keeps the general notes until it is released.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Erasure on request over HTTP")
class ClientErasureE2EIT {

    @Test
    @DisplayName("erase: marketing, contact preferences and the general note are gone; the clinical note is kept with "
            + "its date and rule; the desk may not erase")
    void eraseKeepsTheClinicalRecord() {
        Api owner = Api.withToken(Sessions.demoOwner());
        Api desk = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK")));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = owner.post("/api/clients", """
                {"firstName": "Erin", "lastName": "Erasure%s", "dateOfBirth": "1991-03-02",
                 "email": "erin.%s@example.com", "phone": "07911 123457",
                 "contactPreferences": {"email": true, "sms": true, "phoneCalls": false},
                 "marketing": {"messages": true, "photos": false}}""".formatted(tag, tag));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.string("id");
        String notes = "/api/clients/" + id + "/notes";
        assertThat(owner.post(notes, "{\"kind\": \"GENERAL\", \"text\": \"Prefers mornings\"}").status())
                .isEqualTo(201);
        assertThat(owner.post(notes, "{\"kind\": \"CLINICAL\", \"text\": \"Reviewed the plan\"}").status())
                .isEqualTo(201);
        String erasure = "/api/clients/" + id + "/erasure";
        assertThat(desk.post(erasure, null).status()).isEqualTo(403);

        Api.Response answer = owner.post(erasure, null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject json = answer.json();
        assertThat(json.getString("client")).isEqualTo(id);
        assertThat(parts(json, "erased")).containsExactly("CONTACT_PREFERENCES", "MARKETING_CONSENT",
                "GENERAL_NOTES");
        assertThat(parts(json, "retained")).contains("IDENTITY", "CONTACT_DETAILS", "CLINICAL_NOTES", "EDIT_HISTORY")
                .doesNotContain("GENERAL_NOTES", "MARKETING_CONSENT", "CONTACT_PREFERENCES");
        assertThat(parts(json, "pending")).isEmpty();
        JsonObject clinical = json.getJsonArray("retained").stream().map(JsonValue::asJsonObject)
                .filter(part -> part.getString("part").equals("CLINICAL_NOTES")).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(14));
        assertThat(clinical.getString("purgeableFrom")).isEqualTo(today.plusYears(8).toString());
        assertThat(clinical.getString("retainedUntil")).isEqualTo(today.plusYears(8).minusDays(1).toString());
        assertThat(clinical.getString("basis")).isEqualTo("ADULT_HEALTH_RECORD");
        assertThat(clinical.getString("basisExplanation")).contains("NHS Records Management Code of Practice");
        assertThat(clinical.getString("keptBecause")).isEqualTo("CLINICAL_RECORD");
        assertThat(clinical.getBoolean("onLegalHold")).isFalse();

        // the record as read afterwards: exactly the non-clinical data gone
        JsonObject client = owner.get("/api/clients/" + id).json();
        assertThat(client.getJsonObject("contactPreferences").getBoolean("email")).isFalse();
        assertThat(client.getJsonObject("contactPreferences").getBoolean("sms")).isFalse();
        assertThat(client.getJsonObject("marketing").get("messagesSince")).isIn(null, JsonValue.NULL);
        assertThat(client.getString("email")).isEqualTo("erin." + tag + "@example.com");
        assertThat(owner.get(notes).structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(note -> note.getString("kind") + " " + note.getString("text")).toList())
                .containsExactly("CLINICAL Reviewed the plan");
        assertThat(owner.get("/api/clients/" + id + "/history").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).map(change -> change.getString("kind")).toList())
                .contains("ERASED_ON_REQUEST");
    }

    @Test
    @DisplayName("legal hold: while it stands erasure keeps the general note because of the hold; after release, "
            + "erasing again erases it; the desk may not place a hold, a second release is a conflict")
    void legalHoldKeepsGeneralNotesUntilReleased() {
        Api owner = Api.withToken(Sessions.demoOwner());
        Api desk = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK")));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = owner.post("/api/clients", """
                {"firstName": "Hal", "lastName": "Hold%s", "dateOfBirth": "1985-07-09",
                 "email": "hal.%s@example.com", "phone": "07911 123458",
                 "contactPreferences": {"email": true, "sms": false, "phoneCalls": false},
                 "marketing": {"messages": false, "photos": false}}""".formatted(tag, tag));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.string("id");
        String notes = "/api/clients/" + id + "/notes";
        assertThat(owner.post(notes, "{\"kind\": \"GENERAL\", \"text\": \"Prefers mornings\"}").status())
                .isEqualTo(201);
        String holds = "/api/clients/" + id + "/legal-holds";
        assertThat(desk.post(holds, "{\"reason\": \"Claim\"}").status()).isEqualTo(403);
        assertThat(owner.post(holds, "{\"reason\": \" \"}").status()).isEqualTo(400);
        Api.Response placed = owner.post(holds, "{\"reason\": \"Complaint under investigation\"}");
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.json().getBoolean("active")).isTrue();
        String holdId = placed.string("id");
        String erasure = "/api/clients/" + id + "/erasure";

        JsonObject held = owner.post(erasure, null).json();

        JsonObject general = held.getJsonArray("retained").stream().map(JsonValue::asJsonObject)
                .filter(part -> part.getString("part").equals("GENERAL_NOTES")).findFirst().orElseThrow();
        assertThat(general.getString("keptBecause")).isEqualTo("LEGAL_HOLD");
        assertThat(general.getBoolean("onLegalHold")).isTrue();
        assertThat(parts(held, "erased")).doesNotContain("GENERAL_NOTES");
        assertThat(owner.get(notes).structure().asJsonArray()).hasSize(1);

        Api.Response released = owner.post(holds + "/" + holdId + "/release", null);
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().getBoolean("active")).isFalse();
        assertThat(released.json().getString("releasedAt")).isNotBlank();
        assertThat(owner.post(holds + "/" + holdId + "/release", null).status()).isEqualTo(409);
        assertThat(owner.get(holds).structure().asJsonArray()).hasSize(1);

        JsonObject after = owner.post(erasure, null).json();

        assertThat(parts(after, "erased")).contains("GENERAL_NOTES");
        assertThat(owner.get(notes).structure().asJsonArray()).isEmpty();
    }

    private static List<String> parts(JsonObject answer, String list) {
        return answer.getJsonArray(list).stream().map(JsonValue::asJsonObject).map(part -> part.getString("part"))
                .toList();
    }
}
