package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo academy as the README lists it: a course, an instructor, trainees certified, half-way and revoked. */
@ExtendWith(RunningServer.class)
@DisplayName("The demo academy is there as the README says")
class AcademyDemoE2EIT {

    private static JsonObject onlyCourse(String email) {
        String token = Sessions.token(Sessions.DEMO, email, Sessions.DEMO_PASSWORD);
        Api.Response courses = Api.withToken(token).get("/api/academy/me/courses");
        assertThat(courses.status()).as(courses.toString()).isEqualTo(200);
        assertThat(courses.json().getJsonArray("items")).hasSize(1);
        return courses.json().getJsonArray("items").getJsonObject(0);
    }

    @Test
    @DisplayName("Dr Khan completed 'Foundation botulinum toxin'; Nurse Carter is at 40 %")
    void traineesAsListed() {
        JsonObject completed = onlyCourse("dr.khan@trainee.demo-clinic.test");
        assertThat(completed.getString("courseTitle")).isEqualTo("Foundation botulinum toxin");
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        assertThat(completed.getJsonObject("progress").getInt("percent")).isEqualTo(100);

        JsonObject studying = onlyCourse("nurse.carter@trainee.demo-clinic.test");
        assertThat(studying.getString("status")).isEqualTo("ACTIVE");
        assertThat(studying.getJsonObject("progress").getInt("percent")).isEqualTo(40);
    }

    @Test
    @DisplayName("Dr Khan's certificate checks as valid; Dr Grant's as revoked, with the reason")
    void certificatesAsListed() {
        assertThat(publicCheck("dr.khan@trainee.demo-clinic.test").getString("status")).isEqualTo("VALID");
        JsonObject revoked = publicCheck("dr.grant@trainee.demo-clinic.test");
        assertThat(revoked.getString("status")).isEqualTo("REVOKED");
        assertThat(revoked.getString("statusReason")).contains("not signed off");
    }

    @Test
    @DisplayName("Dr Grant's Open Badges credential still verifies, and its revocation bit is set")
    void revokedCredentialAsListed() {
        String token = Sessions.token(Sessions.DEMO, "dr.grant@trainee.demo-clinic.test", Sessions.DEMO_PASSWORD);
        String code = Api.withToken(token).get("/api/academy/me/certificates").json().getJsonArray("items")
                .getJsonObject(0).getString("code");
        OpenBadgesVerifier verifier = new OpenBadgesVerifier(Sessions.DEMO);
        JsonObject claims = verifier.verifiedPayload(Api.anonymous()
                .get("/api/public/demo-clinic/certificates/" + code + "/credential").body());
        JsonObject revocation = claims.getJsonObject("vc").getJsonArray("credentialStatus").getJsonObject(0);
        assertThat(revocation.getString("statusPurpose")).isEqualTo("revocation");
        assertThat(verifier.statusBit(revocation, claims.getString("iss"))).isTrue();
    }

    private static JsonObject publicCheck(String email) {
        String token = Sessions.token(Sessions.DEMO, email, Sessions.DEMO_PASSWORD);
        String code = Api.withToken(token).get("/api/academy/me/certificates").json().getJsonArray("items")
                .getJsonObject(0).getString("code");
        Api.Response checked = Api.anonymous().get("/api/public/demo-clinic/certificates/" + code);
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        return checked.json();
    }

    @Test
    @DisplayName("The demo instructor sees the course and its three enrolments")
    void instructorSeesTheCourse() {
        Api instructor = Api.withToken(Sessions.token(Sessions.DEMO, "instructor@demo-clinic.test",
                Sessions.DEMO_PASSWORD));
        JsonObject course = instructor.get("/api/academy/courses").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(c -> c.getString("title").equals("Foundation botulinum toxin"))
                .findFirst().orElseThrow();
        assertThat(instructor.get("/api/academy/courses/" + course.getString("id") + "/enrolments").json()
                .getJsonArray("items")).hasSize(3);
    }
}
