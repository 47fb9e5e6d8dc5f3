package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo academy's final exam and CPD records as the README lists them: 20 questions of every type, Nurse Carter's
 * attempt under way, Dr Khan's CPD record from his valid certificate and none from Dr Grant's revoked one.
 */
@ExtendWith(RunningServer.class)
@DisplayName("The demo academy's exam and CPD records are there as the README says")
class AcademyDemoExamE2EIT {

    private static Api as(String email) {
        return Api.withToken(Sessions.token(Sessions.DEMO, email, Sessions.DEMO_PASSWORD));
    }

    private static String courseId(Api api) {
        return api.get("/api/academy/courses").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("title").equals("Foundation botulinum toxin")).findFirst().orElseThrow()
                .getString("id");
    }

    @Test
    @DisplayName("the final exam has 20 questions of all eight types; Nurse Carter's attempt has two answers")
    void exam() {
        Api instructor = as("instructor@demo-clinic.test");
        String course = courseId(instructor);
        JsonArray exams = instructor.get("/api/academy/assessments?courseId=" + course).json().getJsonArray("items");
        assertThat(exams).hasSize(1);
        JsonObject exam = exams.getJsonObject(0);
        assertThat(exam.getString("title")).isEqualTo("Foundation toxin final exam");
        assertThat(exam.getJsonArray("slots")).hasSize(20);
        Set<String> types = instructor.get("/api/academy/question-banks").json().getJsonArray("items").stream()
                .map(b -> b.asJsonObject().getString("id"))
                .flatMap(bank -> instructor.get("/api/academy/question-banks/" + bank + "/questions").json()
                        .getJsonArray("items").stream())
                .map(q -> q.asJsonObject().getString("type")).collect(Collectors.toSet());
        assertThat(types).contains("SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "NUMERIC", "SHORT_TEXT",
                "MATCHING", "ORDERING", "ESSAY");

        Api carter = as("nurse.carter@trainee.demo-clinic.test");
        JsonArray attempts = carter.get("/api/academy/me/assessments/" + exam.getString("id") + "/attempts").json()
                .getJsonArray("items");
        assertThat(attempts).hasSize(1);
        assertThat(attempts.getJsonObject(0).getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(attempts.getJsonObject(0).getInt("sequence")).isEqualTo(2);
        assertThat(attempts.getJsonObject(0).getJsonArray("questions")).hasSize(20);
        assertThat(attempts.getJsonObject(0).toString()).doesNotContain("credit", "graderGuidance");
    }

    @Test
    @DisplayName("Dr Khan's CPD record: 3 participatory and 5 online hours with the public check as evidence, also "
            + "as CSV; Dr Grant's revoked certificate evidences none; the certificate PDF for him and for staff, not for another trainee")
    void cpdRecords() {
        Api khan = as("dr.khan@trainee.demo-clinic.test");
        Api.Response record = khan.get("/api/academy/me/cpd-record");
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        JsonArray items = record.json().getJsonArray("items");
        assertThat(items).hasSize(2);
        assertThat(items.stream().map(i -> i.asJsonObject().getJsonNumber("hours").intValue()).toList())
                .containsExactlyInAnyOrder(3, 5);
        assertThat(items.getJsonObject(0).getString("topic")).isEqualTo("Foundation botulinum toxin");
        String evidence = items.getJsonObject(0).getString("evidence");
        assertThat(evidence).contains("/api/public/demo-clinic/certificates/").endsWith("/page");
        assertThat(Api.anonymous().get(evidence.substring(evidence.indexOf("/api/"))).status()).isEqualTo(200);

        Api.Response csv = khan.get("/api/academy/me/cpd-record/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("method,topic,from,to,hours,participatory,evidence").contains(
                "\"Foundation botulinum toxin\"");

        String certificate = khan.get("/api/academy/me/certificates").json().getJsonArray("items").getJsonObject(0)
                .getString("id");
        Api.Response pdf = khan.get("/api/academy/me/certificates/" + certificate + "/pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        Api.Response staffPdf = as("instructor@demo-clinic.test").get("/api/academy/certificates/" + certificate
                + "/pdf");
        assertThat(staffPdf.status()).as(staffPdf.toString()).isEqualTo(200);
        assertThat(as("dr.grant@trainee.demo-clinic.test").get("/api/academy/me/certificates/" + certificate + "/pdf")
                .status()).isEqualTo(404);

        assertThat(as("dr.grant@trainee.demo-clinic.test").get("/api/academy/me/cpd-record").json()
                .getJsonArray("items")).isEmpty();
        assertThat(as("instructor@demo-clinic.test").get("/api/academy/me/cpd-record").status()).isEqualTo(403);
    }
}
