package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A certificate reissued on the running server: the copy carries a new code and the corrected name, the public check
 * shows the original as superseded and names the new code, and a superseded certificate is not reissued again.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Academy certificates: reissue under a new code; the old one is superseded")
class AcademyReissueE2EIT {

    @Test
    @DisplayName("complete → certificate → reissue with a corrected name → old code SUPERSEDED by the new, new VALID")
    void reissue() {
        Api instructor = Api.withToken(Sessions.newDemoStaff(Set.of("INSTRUCTOR")));
        String course = instructor.post("/api/academy/courses", """
                {"title": "Reissue %s"}""".formatted(UUID.randomUUID())).string("id");
        Api.Response version = instructor.post("/api/academy/courses/" + course + "/versions", """
                {"modules": [{"title": "Theory", "lessons": [{"title": "Read", "kind": "READING", "text": "Read."}]}],
                 "cpd": {"hours": 2, "accreditingBody": "Body", "accreditationNumber": "N-1", "level": "FOUNDATION",
                         "targetProfessions": ["NURSE"]}}""");
        assertThat(version.status()).as(version.toString()).isEqualTo(201);
        String lesson = version.json().getJsonArray("modules").getJsonObject(0).getJsonArray("lessons")
                .getJsonObject(0).getString("id");
        Api learner = Api.withToken(Sessions.newDemoTrainee());
        String traineeId = learner.get("/api/academy/me").string("id");
        assertThat(instructor.post("/api/academy/courses/" + course + "/enrolments",
                "{\"learnerId\": \"" + traineeId + "\"}").status()).isEqualTo(201);
        assertThat(learner.post("/api/academy/me/courses/" + course + "/lessons/" + lesson + "/completion", null)
                .status()).isEqualTo(204);
        JsonObject original = learner.get("/api/academy/me/certificates").json().getJsonArray("items")
                .getJsonObject(0);
        String reissue = "/api/academy/certificates/" + original.getString("id") + "/reissue";

        assertThat(learner.post(reissue, "{}").status()).as("a trainee").isEqualTo(403);
        Api.Response reissued = instructor.post(reissue, "{\"learnerName\": \"Nurse Ada Carter-Lee\"}");
        assertThat(reissued.status()).as(reissued.toString()).isEqualTo(201);
        assertThat(reissued.string("status")).isEqualTo("VALID");
        assertThat(reissued.string("learnerName")).isEqualTo("Nurse Ada Carter-Lee");
        assertThat(reissued.string("code")).isNotEqualTo(original.getString("code"));
        assertThat(reissued.string("issuedAt")).isEqualTo(original.getString("issuedAt"));

        Api anyone = Api.anonymous();
        Api.Response old = anyone.get("/api/public/demo-clinic/certificates/" + original.getString("code"));
        assertThat(old.status()).isEqualTo(200);
        assertThat(old.string("status")).isEqualTo("SUPERSEDED");
        assertThat(old.string("supersededBy")).isEqualTo(reissued.string("code"));
        assertThat(anyone.get("/api/public/demo-clinic/certificates/" + original.getString("code") + "/page").body())
                .contains("SUPERSEDED", "Superseded by certificate", reissued.string("code"));
        assertThat(anyone.get("/api/public/demo-clinic/certificates/" + reissued.string("code")).string("status"))
                .isEqualTo("VALID");
        Api.Response again = instructor.post(reissue, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.string("reason")).isEqualTo("ALREADY_REVOKED");
    }
}
